package com.passerelle.absence;

import com.passerelle.common.NotFoundException;
import com.passerelle.people.PeopleDirectory;
import com.passerelle.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The life cycle of absence requests: create (pending approval), approve, cancel, delete. Each
 * change fires {@link AbsenceChanged} synchronously in its own transaction, so the outbox writes
 * its messages there: created sends {@code created}, approve {@code approved}, cancel and delete
 * {@code deleted} (a cancelled absence's leaves say {@code isCancelled}). A change the status does
 * not allow is refused (409) and writes nothing. Only a pending absence can be approved; a pending
 * or approved one can be cancelled or deleted; a cancelled or deleted one cannot change any more
 * (its leaves were already sent as deleted).
 *
 * <p>An owner of the directory always has an email (it is the directory's key); should a payload
 * carry an empty one, the receiver's answer decides, and a refusal is recorded as the delivery's
 * failure, not as a refused change.
 */
@ApplicationScoped
@Transactional
public class AbsenceService {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject Event<AbsenceChanged> changes;
  @Inject LeaveAccounts accounts;
  @Inject PeopleDirectory people;
  @Inject AbsenceOwners owners;

  public Absence get(long id) {
    Absence absence = em.find(Absence.class, id);
    if (absence == null) {
      throw new NotFoundException("Absence", id);
    }
    return absence;
  }

  /** Creates a pending absence, or says every problem of the request by field (400). */
  public Absence create(AbsenceRequest request, String user) {
    AbsenceRules.Checked c =
        AbsenceRules.check(
            request,
            id -> em.find(Person.class, id) != null,
            email -> people.find(email).map(Person::getId),
            accounts::find);
    Absence absence =
        new Absence(
            c.ownerId(),
            c.accountId(),
            c.start(),
            c.startsAfternoon(),
            c.end(),
            c.endsMorning(),
            c.durationMinutes(),
            user);
    // First, before the absence's foreign key takes a shared lock on the person: the owner's row
    // lock then orders two first absences of one person instead of deadlocking them.
    owners.register(c.ownerId()); // found by name on the tracking page from now on
    em.persist(absence);
    em.flush(); // the identity id, which the leaves' ids carry
    changes.fire(new AbsenceChanged(absence.getId(), AbsenceChanged.Event.CREATED));
    return absence;
  }

  public Absence approve(long id) {
    Absence absence = locked(id);
    if (absence.getStatus() != AbsenceStatus.PENDING_APPROVAL) {
      throw new AbsenceConflictException(id, "approved", absence.getStatus());
    }
    absence.approve(now());
    return changed(absence, AbsenceChanged.Event.APPROVED);
  }

  public Absence cancel(long id) {
    Absence absence = locked(id);
    if (!live(absence)) {
      throw new AbsenceConflictException(id, "cancelled", absence.getStatus());
    }
    absence.cancel(now());
    return changed(absence, AbsenceChanged.Event.DELETED);
  }

  public Absence delete(long id) {
    Absence absence = locked(id);
    if (!live(absence)) {
      throw new AbsenceConflictException(id, "deleted", absence.getStatus());
    }
    absence.delete(now());
    return changed(absence, AbsenceChanged.Event.DELETED);
  }

  private static boolean live(Absence absence) {
    return absence.getStatus() == AbsenceStatus.PENDING_APPROVAL
        || absence.getStatus() == AbsenceStatus.APPROVED;
  }

  /**
   * The absence, its row locked until commit: two changes of one absence run one after the other,
   * the second sees the first's status (a clean 409, not a lost update), and the outbox draws its
   * messages' ids after the earlier change's.
   */
  private Absence locked(long id) {
    Absence absence = em.find(Absence.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (absence == null) {
      throw new NotFoundException("Absence", id);
    }
    return absence;
  }

  private Absence changed(Absence absence, AbsenceChanged.Event event) {
    em.flush(); // the new status is in the row before the outbox reads and writes
    changes.fire(new AbsenceChanged(absence.getId(), event));
    return absence;
  }

  /** Milliseconds, as the payloads show dates. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
