package com.passerelle.webhook;

import com.passerelle.absence.Absence;
import com.passerelle.absence.AbsenceChanged;
import com.passerelle.absence.LeaveAccount;
import com.passerelle.common.Text;
import com.passerelle.db.IdBlocks;
import com.passerelle.db.Jdbc;
import com.passerelle.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The outbox: hears every absence change synchronously, inside the transaction that made it, and
 * writes its messages there (one per leave and endpoint that sends the event; {@link OutboxPlan}),
 * so a change that rolls back leaves no message and a committed one cannot lose its messages.
 * Endpoints are read once per change and the messages go in one JDBC batch.
 *
 * <p>Ids are drawn from the sequence at each change rather than from a server's cached block: the
 * absence's row is locked by then (its service flushed the change first), so a later change of the
 * same absence, on any server, gets higher ids. The workers send a leave's messages in id order.
 */
@ApplicationScoped
public class Outbox {
  static final String INSERT =
      "insert into webhook_message (id, endpoint_id, absence_id, leave_id, leave_date, owner_id,"
          + " event, payload, status, attempts, next_attempt_at, created_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

  /** The payload column's size: a payload never gets near it (names are at most 200 each). */
  static final int PAYLOAD_MAX = 4000;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject Event<MessagesWritten> written;

  void onChange(@Observes AbsenceChanged change) {
    Absence absence = em.find(Absence.class, change.absenceId());
    if (absence == null) {
      throw new IllegalStateException("Absence " + change.absenceId() + " changed but not found");
    }
    List<OutboxPlan.Target> targets =
        em
            .createQuery(
                "select e.id, e.eventsMode, e.active from WebhookEndpoint e where e.active = true",
                Object[].class)
            .getResultList()
            .stream()
            .map(r -> new OutboxPlan.Target((Long) r[0], (EventsMode) r[1], (Boolean) r[2]))
            .toList();
    if (targets.isEmpty()) {
      return;
    }
    List<Leave> leaves = Leaves.of(absence);
    List<OutboxPlan.Planned> planned =
        OutboxPlan.plan(leaves, targets, change.event(), absence.getConfirmedAt() != null);
    if (planned.isEmpty()) {
      return;
    }
    LeavePayload.Facts facts = facts(absence);
    String[] payloads = new String[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      payloads[i] = LeavePayload.of(leaves.get(i), facts);
      if (payloads[i].length() > PAYLOAD_MAX) {
        throw new IllegalStateException("Payload of " + leaves.get(i).id() + " is too long");
      }
    }
    insert(absence, change.event(), planned, payloads);
    written.fire(new MessagesWritten(planned.size()));
  }

  private void insert(
      Absence absence,
      AbsenceChanged.Event event,
      List<OutboxPlan.Planned> planned,
      String[] payloads) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    Jdbc.on(
        em,
        c -> {
          long[] ids = IdBlocks.draw(c, "webhook_message_seq", planned.size());
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int i = 0; i < planned.size(); i++) {
              OutboxPlan.Planned p = planned.get(i);
              ps.setLong(1, ids[i]);
              ps.setLong(2, p.endpointId());
              ps.setLong(3, absence.getId());
              ps.setString(4, p.leave().id());
              ps.setObject(5, p.leave().date());
              ps.setLong(6, absence.getOwnerId());
              ps.setString(7, event.name());
              ps.setString(8, payloads[p.leaveIndex()]);
              ps.setObject(9, now);
              ps.setObject(10, now);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  private LeavePayload.Facts facts(Absence absence) {
    Person owner = em.find(Person.class, absence.getOwnerId());
    LeaveAccount account = em.find(LeaveAccount.class, absence.getAccountId());
    return new LeavePayload.Facts(
        owner.getId(),
        Text.fit(name(owner), 200),
        owner.getEmail(),
        owner.getExternalId(),
        account.getId(),
        account.getName(),
        account.getCategoryId(),
        account.getCategoryName(),
        absence.getCreatedAt(),
        absence.getConfirmedAt(),
        absence.getCancelledAt());
  }

  /** "First Last", or whichever of them the directory has (the email when it has neither). */
  static String name(Person p) {
    String first = p.getFirstName() == null ? "" : p.getFirstName().strip();
    String last = p.getLastName() == null ? "" : p.getLastName().strip();
    String name = (first + " " + last).strip();
    return name.isEmpty() ? p.getEmail() : name;
  }
}
