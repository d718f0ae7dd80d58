package com.passerelle.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The common-errors catalog (seed 003's table applied to Passerelle): for each code, what it means
 * for each integration type and what to do. The texts live in the one message catalog; this class
 * only knows which codes the table lists and how a cell is found (see messages.properties).
 */
public final class CommonErrors {
  /** The HTTP statuses of seed 003's table. */
  public static final List<String> HTTP_CODES =
      List.of(
          "308", "400", "401", "403", "404", "405", "406", "408", "409", "413", "429", "500", "502",
          "503", "504", "521", "523");

  /**
   * Our own codes that play the role of seed 003's 804-884 (application errors of an integration):
   * the run errors of files, SFTP and the HRIS API, the inbound webhook's refusals and failed
   * syncs, the line errors that most often stop a person, and the outbound calls without an HTTP
   * answer.
   */
  public static final List<String> APP_CODES =
      List.of(
          "INTEGRATION_INACTIVE",
          "MISSING_HEADERS",
          "SOURCE_FILE_NOT_FOUND",
          "FILE_UNREADABLE",
          "RUN_CRASHED",
          "RUN_NOT_STARTED",
          "SFTP_CONNECTION",
          "SFTP_HOST_KEY_MISMATCH",
          "SFTP_EXTRACTION",
          "API_EXTRACTION",
          "HRIS_CREDENTIALS",
          "HRIS_FIRST_SYNC_PENDING",
          "WEBHOOK_SECRET_INVALID",
          "WEBHOOK_PAYLOAD_INVALID",
          "SYNC_FAILED",
          "SYNC_AUTHENTICATION_FAILED",
          "MISSING_FIELD",
          "STAKEHOLDER_NOT_FOUND",
          "STAKEHOLDER_NOT_ARRIVED",
          "TEMPLATE_NOT_FOUND",
          "WEBHOOK_TIMEOUT",
          "WEBHOOK_CONNECTION_REFUSED",
          "WEBHOOK_TLS",
          "WEBHOOK_ENDPOINT_INACTIVE",
          "WEBHOOK_OWNER_NO_EMAIL");

  /** What a code means on one integration type; {@code applicable} false: meaning says why not. */
  public record Cell(
      IntegrationType type,
      String code,
      boolean applicable,
      String title,
      String meaning,
      String action) {}

  /** One row of the table: the code's own entry, then a cell per type in enum order. */
  public record Row(String code, ExplainedMessage entry, List<Cell> cells) {
    /** "Unauthorized" for 401 (its reason phrase), the catalog title for our codes. */
    public String name() {
      return HTTP_CODES.contains(code)
          ? entry.title().substring(code.length()).trim()
          : entry.title();
    }
  }

  private final MessageCatalog catalog;

  public CommonErrors(MessageCatalog catalog) {
    this.catalog = catalog;
  }

  public static CommonErrors standard() {
    return new CommonErrors(MessageCatalog.standard());
  }

  public static List<String> codes() {
    List<String> all = new ArrayList<>(HTTP_CODES);
    all.addAll(APP_CODES);
    return all;
  }

  public static boolean listed(String code) {
    return HTTP_CODES.contains(code) || APP_CODES.contains(code);
  }

  /** For pages: whether the catalog page has a row for this code (a link to its anchor). */
  public boolean has(String code) {
    return code != null && listed(code);
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String code : codes()) {
      rows.add(row(code));
    }
    return rows;
  }

  /** The row of a listed code, or null. */
  public Row row(String code) {
    if (!listed(code)) {
      return null;
    }
    List<Cell> cells = new ArrayList<>();
    for (IntegrationType type : IntegrationType.values()) {
      cells.add(cell(type, code));
    }
    return new Row(code, catalog.explainGeneric(code), cells);
  }

  /**
   * The cell of one code and type, or null when the catalog has none (the completeness test's
   * failure): TYPE.CODE.na (not applicable, and why), texts of the type (TYPE.CODE.title), or for
   * our own codes, the code's own entry on the types of CODE.types.
   */
  public Cell cell(IntegrationType type, String code) {
    String na = catalog.raw(type.name() + "." + code + ".na");
    if (na != null) {
      return new Cell(type, code, false, "Not applicable", "Not applicable: " + na, "");
    }
    boolean own = catalog.raw(type.name() + "." + code + ".title") != null;
    if (HTTP_CODES.contains(code) && !own) {
      return null;
    }
    if (!own) {
      Set<IntegrationType> types = typesOf(code);
      if (!catalog.knows(code) || types.isEmpty()) {
        return null;
      }
      if (!types.contains(type)) {
        return new Cell(
            type,
            code,
            false,
            "Not applicable",
            "Not applicable: recorded for "
                + types.stream().map(IntegrationType::label).collect(Collectors.joining(" and "))
                + " only",
            "");
      }
    }
    ExplainedMessage m = catalog.explainGeneric(type, code);
    if (m.cause().isEmpty() || m.action().isEmpty()) {
      return null;
    }
    return new Cell(type, code, true, m.title(), m.cause(), m.action());
  }

  /** The types an own code is recorded for (CODE.types), empty when not declared. */
  public Set<IntegrationType> typesOf(String code) {
    String raw = catalog.raw(code + ".types");
    Set<IntegrationType> types = EnumSet.noneOf(IntegrationType.class);
    if (raw != null) {
      Arrays.stream(raw.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(s -> types.add(IntegrationType.valueOf(s)));
    }
    return types;
  }
}
