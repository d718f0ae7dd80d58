package com.passerelle.demo;

import com.passerelle.absence.Absence;
import com.passerelle.absence.AbsenceRequest;
import com.passerelle.absence.AbsenceService;
import com.passerelle.absence.LeaveAccount;
import com.passerelle.absence.LeaveAccounts;
import com.passerelle.people.PeopleDirectory;
import com.passerelle.secret.SecretsConfig;
import com.passerelle.webhook.EventsMode;
import com.passerelle.webhook.WebhookEndpoint;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo's absences: three leave accounts (annual leave and RTT in days, remote work in hours),
 * the demo inbox as a webhook endpoint (all events, Basic key of {@code demo:demo}), and a few
 * absences of the demo people, pending, approved and cancelled, so the absence pages and the
 * webhook messages show data at once. Loaded once, when there is no leave account yet, in one
 * transaction: the endpoint exists before the absences, so their changes write messages for it.
 */
@ApplicationScoped
@Transactional
public class DemoAbsences {
  public static final String INBOX_ENDPOINT = "Demo inbox";

  /**
   * The inbox's authorization key, sent as given after "Basic ": the Basic token of demo:demo (as
   * seed 001's example is a token). A raw "demo:demo" would not do: Liberty parses every Basic
   * header before the inbox sees it, and answers 500 to one that is not base64.
   */
  static final String INBOX_KEY =
      java.util.Base64.getEncoder()
          .encodeToString("demo:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private static final Logger LOG = Logger.getLogger(DemoAbsences.class.getName());

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject LeaveAccounts accounts;
  @Inject AbsenceService absences;
  @Inject PeopleDirectory people;
  @Inject SecretsConfig secrets;

  /** The local server's base, from the demo HRIS's URL (http://localhost:{http.port}/demo/hris). */
  @Resource(lookup = "passerelle/demoHrisUrl")
  Object hrisUrl;

  public void loadIfEmpty() {
    if (accounts.count() > 0) {
      return;
    }
    LeaveAccount annual = accounts.create("Annual leave 2026", 1L, "Annual leave", "DAYS");
    LeaveAccount rtt = accounts.create("RTT 2026", 2L, "RTT", "DAYS");
    LeaveAccount remote = accounts.create("Remote work hours", null, null, "HOURS");
    inboxEndpoint();
    LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Optional<Long> claire = person("claire.moreau@example.com");
    Optional<Long> bob = person("bob.leroy@example.com");
    Optional<Long> paula = person("paula.vidal@example.com");
    // Pending: two days next week (4 leaves), waiting for an admin to approve it.
    claire.ifPresent(id -> create(id, annual, monday, false, monday.plusDays(1), false, null));
    // Approved: a Friday afternoon of RTT.
    bob.ifPresent(
        id -> {
          Absence a = create(id, rtt, monday.plusDays(4), true, monday.plusDays(4), false, null);
          absences.approve(a.getId());
        });
    // Remote work in hours, approved: 07:30 over a day (03:45:00 per half-day, as in the seeds).
    paula.ifPresent(
        id -> {
          Absence a =
              create(id, remote, monday.plusDays(7), false, monday.plusDays(7), false, "07:30");
          absences.approve(a.getId());
        });
    // Cancelled after approval: a week of annual leave the owner no longer takes.
    bob.ifPresent(
        id -> {
          Absence a =
              create(id, annual, monday.plusDays(14), false, monday.plusDays(18), false, null);
          absences.approve(a.getId());
          absences.cancel(a.getId());
        });
    LOG.info("Demo absences loaded: 3 leave accounts, the demo inbox endpoint, a few absences");
  }

  private Absence create(
      long owner,
      LeaveAccount account,
      LocalDate start,
      boolean afternoon,
      LocalDate end,
      boolean morning,
      String duration) {
    return absences.create(
        new AbsenceRequest(
            owner,
            null,
            account.getId(),
            start.toString(),
            afternoon,
            end.toString(),
            morning,
            duration),
        "demo");
  }

  private Optional<Long> person(String email) {
    return people.find(email).map(p -> p.getId());
  }

  /** The demo inbox (a receiver inside the app) as an endpoint, its key sealed for its place. */
  private void inboxEndpoint() {
    boolean exists =
        !em.createQuery("select e.id from WebhookEndpoint e where e.name = :name", Long.class)
            .setParameter("name", INBOX_ENDPOINT)
            .getResultList()
            .isEmpty();
    if (exists) {
      return;
    }
    String url =
        URI.create(String.valueOf(hrisUrl).replace("\"", "").trim())
            .resolve("/demo/inbox")
            .toString();
    WebhookEndpoint endpoint = new WebhookEndpoint(INBOX_ENDPOINT, url, EventsMode.ALL);
    em.persist(endpoint);
    em.flush(); // the id names the key's place
    endpoint.setAuthKeySealed(
        secrets.box().seal(INBOX_KEY, "webhook/" + endpoint.getId() + "/key"));
  }
}
