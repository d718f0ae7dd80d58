package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.catalog.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message of a line: a catalog code and its parameters, never free text. */
@Embeddable
public class LineMessage {
  /** Size of the params column: the encoded parameters are fitted to it. */
  static final int PARAMS_LENGTH = 2000;

  @Column(nullable = false, length = 40)
  private String code;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Severity severity;

  @Column(length = PARAMS_LENGTH)
  private String params;

  protected LineMessage() {}

  public LineMessage(ErrorCode code, Map<String, String> params) {
    this.code = code.name();
    this.severity = code.severity();
    this.params = Params.encode(params, PARAMS_LENGTH);
  }

  public String getCode() {
    return code;
  }

  public Severity getSeverity() {
    return severity;
  }

  public Map<String, String> getParams() {
    return Params.decode(params);
  }
}
