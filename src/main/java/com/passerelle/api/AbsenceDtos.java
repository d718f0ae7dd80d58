package com.passerelle.api;

import com.passerelle.absence.Absence;
import com.passerelle.absence.AbsenceRow;
import com.passerelle.absence.LeaveAccount;
import com.passerelle.people.Person;
import com.passerelle.webhook.Leaves;
import com.passerelle.webhook.WebhookMessage;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of absences, leave accounts and an absence's webhook messages. */
public final class AbsenceDtos {
  private AbsenceDtos() {}

  public record OwnerDto(long id, String name, String email, String employeeNumber) {
    static OwnerDto of(AbsenceRow row) {
      Person p = row.owner();
      return p == null
          ? new OwnerDto(row.absence().getOwnerId(), null, null, null)
          : new OwnerDto(p.getId(), row.ownerName(), p.getEmail(), p.getExternalId());
    }
  }

  public record LeaveAccountDto(
      long id, String name, Long categoryId, String categoryName, String unit) {
    static LeaveAccountDto of(LeaveAccount a) {
      return a == null
          ? null
          : new LeaveAccountDto(
              a.getId(), a.getName(), a.getCategoryId(), a.getCategoryName(), a.getUnit().name());
    }
  }

  /** A leave account to create (admins). */
  public record LeaveAccountRequest(
      String name, Long categoryId, String categoryName, String unit) {}

  public record AbsenceDto(
      long id,
      long version,
      String status,
      OwnerDto owner,
      LeaveAccountDto leaveAccount,
      String startDate,
      boolean startsAfternoon,
      String endDate,
      boolean endsMorning,
      String duration,
      long halfDays,
      String createdAt,
      String createdBy,
      String confirmedAt,
      String cancelledAt,
      String deletedAt,
      String messages) {
    static AbsenceDto of(AbsenceRow row, String apiBase) {
      Absence a = row.absence();
      return new AbsenceDto(
          a.getId(),
          a.getVersion(),
          a.getStatus().name(),
          OwnerDto.of(row),
          LeaveAccountDto.of(row.account()),
          a.getStartDate().toString(),
          a.isStartsAfternoon(),
          a.getEndDate().toString(),
          a.isEndsMorning(),
          row.duration(),
          Leaves.count(a.getStartDate(), a.isStartsAfternoon(), a.getEndDate(), a.isEndsMorning()),
          text(a.getCreatedAt()),
          a.getCreatedBy(),
          text(a.getConfirmedAt()),
          text(a.getCancelledAt()),
          text(a.getDeletedAt()),
          apiBase + "absences/" + a.getId() + "/messages");
    }
  }

  /** A page of absences, newest first; {@code next} links to the older ones (null at the end). */
  public record AbsencePageDto(List<AbsenceDto> items, String next) {}

  /**
   * One outbox message of an absence: a leave's event for an endpoint, where it stands, and the
   * payload it sends (a JSON text, as POSTed).
   */
  public record MessageDto(
      long id,
      String leaveId,
      String leaveDate,
      String event,
      long endpointId,
      String status,
      int attempts,
      String createdAt,
      String deliveredAt,
      String payload) {
    static MessageDto of(WebhookMessage m) {
      return new MessageDto(
          m.getId(),
          m.getLeaveId(),
          m.getLeaveDate().toString(),
          m.getEvent().name(),
          m.getEndpointId(),
          m.getStatus().name(),
          m.getAttempts(),
          text(m.getCreatedAt()),
          text(m.getDeliveredAt()),
          m.getPayload());
    }
  }

  public record MessagePageDto(List<MessageDto> items, String next) {}

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
