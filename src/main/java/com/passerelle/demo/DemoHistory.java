package com.passerelle.demo;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.db.IdBlocks;
import com.passerelle.db.Jdbc;
import com.passerelle.monitor.Step;
import com.passerelle.monitor.TransactionDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Thirty past days of failures and successes for the demo's dashboard, so it shows trends on a
 * fresh start. Honestly marked: every seeded roll-up row and failure row has {@code demo = true}
 * (the API counts them apart and flags them: pages show a "demo history" badge), the roll-ups sit
 * on a slot no writer uses, and no seeded failure has a run (nothing ran). Only with demo data on,
 * once, attached to the demo's own flows and endpoint.
 */
@ApplicationScoped
@Transactional
public class DemoHistory {
  static final int DAYS = 30;
  private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** One seeded code of a type: at most {@code max} failures a day. */
  private record Seeded(IntegrationType type, String code, int max) {}

  private static final List<Seeded> FAILURES =
      List.of(
          new Seeded(IntegrationType.INBOUND_FILE, "INVALID_EMAIL", 6),
          new Seeded(IntegrationType.INBOUND_FILE, "MISSING_FIELD", 4),
          new Seeded(IntegrationType.INBOUND_FILE, "FILE_EMPTY", 1),
          new Seeded(IntegrationType.INBOUND_HRIS_API, "503", 2),
          new Seeded(IntegrationType.INBOUND_HRIS_API, "HRIS_CREDENTIALS", 1),
          new Seeded(IntegrationType.INBOUND_HRIS_API, "429", 2),
          new Seeded(IntegrationType.INBOUND_WEBHOOK, "SYNC_FAILED", 1),
          new Seeded(IntegrationType.OUTBOUND_WEBHOOK, "500", 3),
          new Seeded(IntegrationType.OUTBOUND_WEBHOOK, "401", 2),
          new Seeded(IntegrationType.OUTBOUND_WEBHOOK, "404", 1),
          new Seeded(IntegrationType.OUTBOUND_WEBHOOK, "WEBHOOK_TIMEOUT", 2));

  public void loadIfEmpty() {
    Jdbc.on(
        em,
        c -> {
          if (seeded(c)) {
            return null;
          }
          long file = id(c, "select id from flow where name = ?", DemoData.FLOW_NAME);
          long hris = id(c, "select id from flow where name = ?", DemoFlows.HRIS_FLOW);
          long inbox =
              id(c, "select id from webhook_endpoint where name = ?", DemoAbsences.INBOX_ENDPOINT);
          seed(c, file, hris, inbox);
          return null;
        });
  }

  private void seed(Connection c, long file, long hris, long inbox) throws SQLException {
    Random random = new Random(9); // the same history on every demo
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Object[]> rollups = new ArrayList<>();
    List<Object[]> failures = new ArrayList<>();
    for (int ago = DAYS; ago >= 1; ago--) {
      LocalDate day = today.minusDays(ago);
      rollups.add(row(day, IntegrationType.INBOUND_FILE, "", file, 80 + random.nextInt(80)));
      rollups.add(row(day, IntegrationType.INBOUND_HRIS_API, "", hris, 200 + random.nextInt(100)));
      rollups.add(row(day, IntegrationType.INBOUND_WEBHOOK, "", hris, 2 + random.nextInt(4)));
      rollups.add(row(day, IntegrationType.OUTBOUND_WEBHOOK, "", inbox, 30 + random.nextInt(30)));
      for (Seeded s : FAILURES) {
        int n =
            random.nextInt(
                s.max() + 1 + (s.max() == 1 ? 3 : 0)); // rare ones: about one day in five
        n = s.max() == 1 ? (n == 0 ? 1 : 0) : n;
        if (n == 0) {
          continue;
        }
        long source =
            s.type() == IntegrationType.OUTBOUND_WEBHOOK
                ? inbox
                : s.type() == IntegrationType.INBOUND_FILE ? file : hris;
        rollups.add(row(day, s.type(), s.code(), source, n));
        for (int i = 0; i < n; i++) {
          LocalDateTime at = day.atTime(8 + random.nextInt(10), random.nextInt(60));
          failures.add(failure(at, s, source, i));
        }
      }
    }
    insertRollups(c, rollups);
    insertFailures(c, failures);
    LOG.info(
        () -> "Demo history seeded: " + failures.size() + " failures over " + DAYS + " past days");
  }

  private static Object[] row(
      LocalDate day, IntegrationType type, String code, long source, long n) {
    return new Object[] {day, type.name(), code.isEmpty() ? "SUCCESS" : "FAILURE", code, source, n};
  }

  private static Object[] failure(LocalDateTime at, Seeded s, long source, int i) {
    Step step = Step.of(s.type(), s.code());
    String scope =
        switch (step) {
          case LINE -> "LINE";
          case CALL -> "WEBHOOK_CALL";
          default -> "RUN";
        };
    boolean outbound = s.type() == IntegrationType.OUTBOUND_WEBHOOK;
    return new Object[] {
      at,
      at.toLocalDate(),
      s.type().name(),
      scope,
      s.code(),
      outbound ? null : source,
      outbound ? source : null
    };
  }

  private static void insertRollups(Connection c, List<Object[]> rows) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into transaction_day (tx_day, integration_type, outcome, code, source_id,"
                + " slot, tx_count, demo) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Object[] r : rows) {
        ps.setObject(1, r[0]);
        ps.setString(2, (String) r[1]);
        ps.setString(3, (String) r[2]);
        ps.setString(4, (String) r[3]);
        ps.setLong(5, (Long) r[4]);
        ps.setInt(6, TransactionDays.SLOTS); // no writer's slot: real counts never land here
        ps.setLong(7, ((Number) r[5]).longValue());
        ps.setBoolean(8, true);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertFailures(Connection c, List<Object[]> rows) throws SQLException {
    long[] ids = IdBlocks.draw(c, "failure_seq", rows.size());
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into failure (id, occurred_at, occurred_day, integration_type, scope,"
                + " error_code, flow_id, endpoint_id, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < rows.size(); i++) {
        Object[] r = rows.get(i);
        ps.setLong(1, ids[i]);
        ps.setObject(2, r[0]);
        ps.setObject(3, r[1]);
        ps.setString(4, (String) r[2]);
        ps.setString(5, (String) r[3]);
        ps.setString(6, (String) r[4]);
        ps.setObject(7, r[5]);
        ps.setObject(8, r[6]);
        ps.setBoolean(9, true);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static boolean seeded(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select 1 from transaction_day where slot = ? and demo = true"); ) {
      ps.setInt(1, TransactionDays.SLOTS);
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** A demo source's id, 0 when the demo does not have it (the row then has no source). */
  private static long id(Connection c, String sql, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
