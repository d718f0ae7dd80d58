package com.passerelle.webhook;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The JSON body of one leave, field for field as seeds 001/002 show it (the JSON Schema {@code
 * webhook/leave-payload.schema.json} describes it; the tests validate every payload against it).
 * Written with a JSON generator, so names with quotes, backslashes or any Unicode stay valid JSON.
 *
 * <p>Dates and times are the seeds' local date-times without zone ({@code
 * 2018-04-04T22:34:47.797}), given in UTC. A date that is not set (not yet confirmed, not
 * cancelled) is an empty string, as the seed's {@code "cancellationDate": ""}. {@code
 * durationInHours} is only there for hour-counted accounts: the leave's share of the absence's
 * duration (see {@link Leaves}).
 */
public final class LeavePayload {
  /** The payload format version, sent as X-Version. */
  public static final String VERSION = "1";

  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private LeavePayload() {}

  /** What a payload says besides the leave itself: the absence, its owner and its account. */
  public record Facts(
      long ownerId,
      String ownerName,
      String ownerEmail,
      String employeeNumber,
      long accountId,
      String accountName,
      Long categoryId,
      String categoryName,
      Instant createdAt,
      Instant confirmedAt,
      Instant cancelledAt) {}

  public static String of(Leave leave, Facts f) {
    StringWriter out = new StringWriter(600);
    try (JsonGenerator json = Json.createGenerator(out)) {
      json.writeStartObject();
      json.write("id", leave.id());
      json.write("date", leave.date().toString());
      json.write("isAm", leave.am());
      json.writeStartObject("owner");
      json.write("id", f.ownerId());
      json.write("name", text(f.ownerName()));
      json.write("email", text(f.ownerEmail()));
      json.write("employeeNumber", text(f.employeeNumber()));
      json.writeEnd();
      json.writeStartObject("leaveAccount");
      json.write("id", f.accountId());
      json.write("name", text(f.accountName()));
      if (f.categoryId() == null) {
        json.writeNull("categoryId");
      } else {
        json.write("categoryId", f.categoryId());
      }
      if (f.categoryName() == null) {
        json.writeNull("categoryName");
      } else {
        json.write("categoryName", text(f.categoryName()));
      }
      json.writeEnd();
      if (leave.durationSeconds() != null) {
        json.write("durationInHours", leave.durationText());
      }
      json.write("isConfirmed", f.confirmedAt() != null);
      json.write("confirmationDate", time(f.confirmedAt()));
      json.write("creationDate", time(f.createdAt()));
      json.write("isCancelled", f.cancelledAt() != null);
      json.write("cancellationDate", time(f.cancelledAt()));
      json.writeEnd();
    }
    return out.toString();
  }

  /** The seeds' date-time: local, in UTC, milliseconds; "" when there is none. */
  public static String time(Instant instant) {
    return instant == null ? "" : LOCAL_TIME.format(instant);
  }

  /**
   * A name as sent: without control characters, which have no place in a name and which JSON writes
   * as six characters each (a 200-character name of them made a payload over its column). Every
   * text is then at most twice its length once escaped, so a payload always fits.
   */
  static String text(String value) {
    return value == null ? "" : CONTROL.matcher(value).replaceAll("");
  }

  private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cc}");
}
