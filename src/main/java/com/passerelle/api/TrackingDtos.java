package com.passerelle.api;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.webhook.AdminTodo;
import com.passerelle.webhook.DeliveryAttempt;
import com.passerelle.webhook.FailureCause;
import com.passerelle.webhook.WebhookMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the webhook tracking API (messages, attempts, to-do groups). */
public final class TrackingDtos {
  private TrackingDtos() {}

  /** A catalog explanation: code, title, cause, action. */
  public record CauseDto(String code, String title, String cause, String action) {
    static CauseDto of(ExplainedMessage m) {
      return m == null ? null : new CauseDto(m.code(), m.title(), m.cause(), m.action());
    }
  }

  public record MessageDto(
      long id,
      long endpointId,
      long absenceId,
      String leaveId,
      LocalDate leaveDate,
      long ownerId,
      String event,
      String status,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant deliveredAt,
      Integer lastHttpStatus,
      String lastErrorCode,
      String processedBy,
      Instant processedAt,
      String processedNote) {
    static MessageDto of(WebhookMessage m) {
      return new MessageDto(
          m.getId(),
          m.getEndpointId(),
          m.getAbsenceId(),
          m.getLeaveId(),
          m.getLeaveDate(),
          m.getOwnerId(),
          m.getEvent().header(),
          m.getStatus().name(),
          m.getAttempts(),
          m.getCreatedAt(),
          m.getNextAttemptAt(),
          m.getDeliveredAt(),
          m.getLastHttpStatus(),
          m.getLastErrorCode(),
          m.getProcessedBy(),
          m.getProcessedAt(),
          m.getProcessedNote());
    }
  }

  /** A page of messages; {@code next} / {@code previous}: links with the same filters. */
  public record MessagePageDto(
      List<MessageDto> items, String next, String previous, boolean tooManyPeople) {}

  public record AttemptDto(
      int number,
      Instant startedAt,
      long durationMs,
      Integer httpStatus,
      String errorCode,
      String errorDetail,
      String responseExcerpt,
      CauseDto explanation) {
    static AttemptDto of(DeliveryAttempt a, String url) {
      FailureCause cause = FailureCause.of(a);
      return new AttemptDto(
          a.getAttemptNumber(),
          a.getStartedAt(),
          a.getDurationMs(),
          a.getHttpStatus(),
          a.getErrorCode(),
          a.getErrorDetail(),
          a.getResponseExcerpt(),
          cause.failed() ? CauseDto.of(cause.explain(url)) : null);
    }
  }

  /** A message with what was sent (headers masked, payload as JSON) and every attempt. */
  public record MessageDetailDto(
      MessageDto message,
      String endpointUrl,
      Map<String, String> headers,
      JsonValue payload,
      List<AttemptDto> attempts,
      CauseDto cause) {}

  /** How many messages a bulk re-sync made due; {@code more}: failed ones remain, call again. */
  public record ResyncDto(int resynced, boolean more) {}

  public record TodoGroupDto(
      String key,
      long endpointId,
      String endpointName,
      String endpointUrl,
      Integer httpStatus,
      String errorCode,
      long count,
      long firstMessageId,
      long lastMessageId,
      Instant lastFailedAt,
      CauseDto explanation,
      Instant lastDeliveredAt,
      boolean deliveredSince) {
    static TodoGroupDto of(AdminTodo.Group g) {
      return new TodoGroupDto(
          g.key(),
          g.endpointId(),
          g.endpointName(),
          g.endpointUrl(),
          g.cause().httpStatus(),
          g.cause().errorCode(),
          g.count(),
          g.firstMessageId(),
          g.lastMessageId(),
          g.lastFailedAt(),
          CauseDto.of(g.explanation()),
          g.lastDeliveredAt(),
          g.deliveredSince());
    }
  }

  /** The payload as JSON, or as a JSON string when it is not JSON (never a 500). */
  static JsonValue payload(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      return Json.createValue(text);
    }
  }
}
