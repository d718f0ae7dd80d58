package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.catalog.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineMessagesTest {
  @Test
  void noMessageIsStoredAsNull() {
    assertNull(LineMessages.encode(List.of()));
    assertTrue(LineMessages.decode(null).isEmpty());
  }

  @Test
  void messagesComeBackInOrderWithTheirParameters() {
    List<LineMessage> messages =
        List.of(
            new LineMessage(ErrorCode.INVALID_EMAIL, Params.of("value", "a;b c=d&e%f")),
            new LineMessage(ErrorCode.MISSING_FIELD, Params.of("field", "email")));
    List<LineMessage> back = LineMessages.decode(LineMessages.encode(messages));
    assertEquals(2, back.size());
    assertEquals("INVALID_EMAIL", back.get(0).getCode());
    assertEquals(Map.of("value", "a;b c=d&e%f"), back.get(0).getParams());
    assertEquals("MISSING_FIELD", back.get(1).getCode());
    assertEquals(Map.of("field", "email"), back.get(1).getParams());
    assertEquals(Severity.ERROR, back.get(1).getSeverity());
  }

  @Test
  void manyLongMessagesAreFittedToTheColumnAndStillDecode() {
    String longValue = "é".repeat(1500);
    List<LineMessage> messages =
        List.of(
            new LineMessage(ErrorCode.INVALID_EMAIL, Params.of("value", longValue)),
            new LineMessage(ErrorCode.INVALID_DATE, Params.of("value", longValue)),
            new LineMessage(ErrorCode.MISSING_FIELD, Params.of("field", longValue)));
    String encoded = LineMessages.encode(messages);
    assertTrue(encoded.length() <= LineMessages.COLUMN_LENGTH, "length " + encoded.length());
    List<LineMessage> back = LineMessages.decode(encoded);
    assertEquals(3, back.size());
    assertEquals("INVALID_DATE", back.get(1).getCode());
    assertTrue(back.get(2).getParams().get("field").startsWith("éé"));
  }

  @Test
  void anUnknownCodeReadsAsAnError() {
    assertEquals(Severity.ERROR, LineMessages.decode("GONE_CODE x=1").get(0).getSeverity());
  }
}
