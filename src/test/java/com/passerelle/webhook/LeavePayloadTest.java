package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeavePayloadTest {
  private static final Instant CREATED = Instant.parse("2018-04-01T08:00:00.120Z");
  private static final Instant CONFIRMED = Instant.parse("2018-04-04T22:34:47.797Z");

  private static LeavePayload.Facts facts(
      String name, String account, Instant confirmed, Instant cancelled) {
    return new LeavePayload.Facts(
        134,
        name,
        "luca.paccioli@lucca.fr",
        "00001",
        1718,
        account,
        1L,
        "Annual leave",
        CREATED,
        confirmed,
        cancelled);
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void theSeedsExampleFieldForField() {
    Leave leave = new Leave("78287-20180424-PM", LocalDate.of(2018, 4, 24), false, null);
    String json =
        LeavePayload.of(leave, facts("Luca Pacioli", "Annual leave 2018", CONFIRMED, null));
    LeaveSchema.assertValid(json);
    assertEquals(
        "{\"id\":\"78287-20180424-PM\",\"date\":\"2018-04-24\",\"isAm\":false,"
            + "\"owner\":{\"id\":134,\"name\":\"Luca Pacioli\",\"email\":\"luca.paccioli@lucca.fr\","
            + "\"employeeNumber\":\"00001\"},"
            + "\"leaveAccount\":{\"id\":1718,\"name\":\"Annual leave 2018\",\"categoryId\":1,"
            + "\"categoryName\":\"Annual leave\"},"
            + "\"isConfirmed\":true,\"confirmationDate\":\"2018-04-04T22:34:47.797\","
            + "\"creationDate\":\"2018-04-01T08:00:00.120\",\"isCancelled\":false,"
            + "\"cancellationDate\":\"\"}",
        json);
  }

  @Test
  void hourAccountsCarryTheLeavesDuration() {
    Leave leave = new Leave("5-20260504-AM", LocalDate.of(2026, 5, 4), true, 3 * 3600 + 45 * 60);
    String json = LeavePayload.of(leave, facts("A", "Remote work hours", null, null));
    LeaveSchema.assertValid(json);
    JsonObject o = parse(json);
    assertEquals("03:45:00", o.getString("durationInHours"));
    assertTrue(o.getBoolean("isAm"));
    assertFalse(o.getBoolean("isConfirmed"));
    assertEquals("", o.getString("confirmationDate"));
  }

  @Test
  void aDayAccountHasNoDurationField() {
    Leave leave = new Leave("5-20260504-AM", LocalDate.of(2026, 5, 4), true, null);
    assertFalse(
        parse(LeavePayload.of(leave, facts("A", "B", null, null))).containsKey("durationInHours"));
  }

  @Test
  void aCancelledLeaveSaysWhen() {
    Instant cancelled = Instant.parse("2026-05-01T10:11:12.000Z");
    Leave leave = new Leave("5-20260504-AM", LocalDate.of(2026, 5, 4), true, null);
    String json = LeavePayload.of(leave, facts("A", "B", CONFIRMED, cancelled));
    LeaveSchema.assertValid(json);
    JsonObject o = parse(json);
    assertTrue(o.getBoolean("isCancelled"));
    assertEquals("2026-05-01T10:11:12.000", o.getString("cancellationDate"));
    assertTrue(o.getBoolean("isConfirmed"));
  }

  @Test
  void quotesBackslashesAndUnicodeInNamesStayValidJson() {
    String name = "Zoë \"Zo\" O'Brien \\ 李 😀\n";
    String account = "Congés \"payés\" </script>";
    Leave leave = new Leave("5-20260504-AM", LocalDate.of(2026, 5, 4), true, null);
    String json = LeavePayload.of(leave, facts(name, account, null, null));
    LeaveSchema.assertValid(json);
    JsonObject o = parse(json);
    // control characters (the line break) are dropped: a name of 200 of them overflowed
    assertEquals(name.strip(), o.getJsonObject("owner").getString("name"));
    assertEquals(account, o.getJsonObject("leaveAccount").getString("name"));
  }

  @Test
  void namesOfControlCharactersCannotOverflowThePayload() {
    String controls = "\u0001".repeat(200);
    Leave leave = new Leave("5-20260504-AM", LocalDate.of(2026, 5, 4), true, null);
    String json = LeavePayload.of(leave, facts(controls, controls, null, null));
    LeaveSchema.assertValid(json);
    assertTrue(json.length() < 1000, json);
  }

  @Test
  void missingOptionalValuesAreEmptyOrNullNeverAbsent() {
    LeavePayload.Facts f =
        new LeavePayload.Facts(1, "A", null, null, 2, "B", null, null, CREATED, null, null);
    Leave leave = new Leave("5-20260504-AM", LocalDate.of(2026, 5, 4), true, null);
    String json = LeavePayload.of(leave, f);
    LeaveSchema.assertValid(json);
    JsonObject o = parse(json);
    assertEquals("", o.getJsonObject("owner").getString("employeeNumber"));
    assertTrue(o.getJsonObject("leaveAccount").isNull("categoryId"));
    assertTrue(o.getJsonObject("leaveAccount").isNull("categoryName"));
  }

  @Test
  void theSchemaRefusesWhatTheSeedsDoNotSay() {
    String valid =
        LeavePayload.of(
            new Leave("5-20260504-AM", LocalDate.of(2026, 5, 4), true, null),
            facts("A", "B", null, null));
    for (String broken :
        List.of(
            valid.replace("\"isAm\":true", "\"isAm\":\"true\""),
            valid.replace("5-20260504-AM", "5-2026-05-04-AM"),
            valid.replace("\"creationDate\":\"2018-04-01T08:00:00.120\"", "\"creationDate\":\"\""),
            valid.replace("\"isConfirmed\":false,", ""),
            valid.replace("{\"id\":", "{\"extra\":1,\"id\":"))) {
      assertFalse(LeaveSchema.problems(broken).isEmpty(), "schema accepted " + broken);
    }
  }

  @Test
  void theLongestNamesFitTheMessageColumn() {
    String quotes = "\"".repeat(200);
    LeavePayload.Facts f =
        new LeavePayload.Facts(
            Long.MAX_VALUE,
            quotes,
            "e".repeat(320),
            quotes,
            Long.MAX_VALUE,
            quotes,
            Long.MAX_VALUE,
            quotes,
            CREATED,
            CONFIRMED,
            CONFIRMED);
    Leave leave =
        new Leave(Long.MAX_VALUE + "-20260504-AM", LocalDate.of(2026, 5, 4), true, 99 * 3600);
    String json = LeavePayload.of(leave, f);
    LeaveSchema.assertValid(json);
    assertTrue(json.length() <= Outbox.PAYLOAD_MAX, json.length() + " characters");
  }
}
