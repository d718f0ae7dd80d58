package com.passerelle.monitor;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.IntegrationType;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.common.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of the monitoring pages, shaped by {@link DashboardView}: sums over the daily
 * roll-ups ({@code transaction_day}, V24) and, for the recent occurrences of one failure, an
 * indexed range of {@code failure}. Never rows loaded into Java to be counted: the roll-ups hold a
 * few rows per day, type, code and source.
 */
@ApplicationScoped
public class DashboardData {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** A page of the failures table and the cursor of the next one (null on the last). */
  public record FailurePage(List<DashboardView.FailureRow> rows, String next) {}

  /** Recent occurrences and the names of the flows and endpoints they link to. */
  public record Recent(
      List<DashboardView.Occurrence> occurrences,
      Map<Long, String> flowNames,
      Map<Long, String> endpointNames) {}

  private static final String FAILURES = "from transaction_day where outcome = 'FAILURE'";

  /** Failures per type over the period, every type listed (0 when none). */
  public List<DashboardView.Slice> overview(DashboardChoices c) {
    Map<IntegrationType, Long> byType = new EnumMap<>(IntegrationType.class);
    for (IntegrationType t : IntegrationType.values()) {
      byType.put(t, 0L);
    }
    rows(
            "select integration_type, sum(tx_count) "
                + FAILURES
                + " and tx_day >= :from and tx_day <= :to group by integration_type",
            0,
            params("from", c.from(), "to", c.to()))
        .forEach(r -> byType.put(type(r[0]), num(r[1])));
    return byType.entrySet().stream()
        .map(e -> new DashboardView.Slice(e.getKey(), e.getValue()))
        .toList();
  }

  /** Failed and successful per type, in the period and the one of the same length before. */
  public List<DashboardView.ChangeRow> changes(DashboardChoices c) {
    Map<IntegrationType, long[]> byType = new EnumMap<>(IntegrationType.class);
    for (IntegrationType t : IntegrationType.values()) {
      byType.put(t, new long[4]);
    }
    rows(
            "select integration_type, outcome,"
                + " sum(case when tx_day >= :from then tx_count else 0 end),"
                + " sum(case when tx_day < :from then tx_count else 0 end)"
                + " from transaction_day where tx_day >= :before and tx_day <= :to"
                + " group by integration_type, outcome",
            0,
            params("from", c.from(), "before", c.previousFrom(), "to", c.to()))
        .forEach(
            r -> {
              long[] n = byType.get(type(r[0]));
              int at = "FAILURE".equals(r[1]) ? 0 : 2;
              n[at] += num(r[2]);
              n[at + 1] += num(r[3]);
            });
    return byType.entrySet().stream()
        .map(
            e -> {
              long[] n = e.getValue();
              return new DashboardView.ChangeRow(e.getKey(), n[0], n[1], n[2], n[3]);
            })
        .toList();
  }

  /** Failures per code, most frequent first, of all types or the chosen one. */
  public List<DashboardView.Bar> errors(DashboardChoices c) {
    List<DashboardView.Bar> bars = new ArrayList<>();
    rows(
            "select code, sum(tx_count) "
                + FAILURES
                + " and tx_day >= :from and tx_day <= :to"
                + (c.type() == null ? "" : " and integration_type = :type")
                + " group by code order by sum(tx_count) desc, code",
            0,
            params("from", c.from(), "to", c.to(), "type", typeName(c)))
        .forEach(
            r ->
                bars.add(
                    new DashboardView.Bar(
                        (String) r[0], title(c.type(), (String) r[0]), num(r[1]))));
    return bars;
  }

  /** Failures per type per day, zero-filled, over the trend days of the choices. */
  public DashboardView.Trend trend(DashboardChoices c) {
    List<IntegrationType> types =
        c.type() == null ? List.of(IntegrationType.values()) : List.of(c.type());
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = c.trendFrom(); !d.isAfter(c.to()); d = d.plusDays(1)) {
      days.add(d);
    }
    long[][] counts = new long[days.size()][types.size()];
    LocalDate first = days.get(0);
    rows(
            "select tx_day, integration_type, sum(tx_count) "
                + FAILURES
                + " and tx_day >= :from and tx_day <= :to"
                + (c.type() == null ? "" : " and integration_type = :type")
                + " group by tx_day, integration_type",
            0,
            params("from", first, "to", c.to(), "type", typeName(c)))
        .forEach(
            r -> {
              int day = (int) (day(r[0]).toEpochDay() - first.toEpochDay());
              int type = types.indexOf(type(r[1]));
              if (day >= 0 && day < days.size() && type >= 0) {
                counts[day][type] += num(r[2]);
              }
            });
    return new DashboardView.Trend(days, types, counts);
  }

  /**
   * The failures table: one row per (type, source, code), in key order after the cursor (keyset:
   * "TYPE/sourceId/code").
   */
  public FailurePage failures(DashboardChoices c, String after, int limit) {
    String[] key = after == null ? null : cursor(after);
    List<Object[]> found =
        rows(
            "select integration_type, source_id, code, sum(tx_count), max(tx_day) "
                + FAILURES
                + " and tx_day >= :from and tx_day <= :to"
                + (c.type() == null ? "" : " and integration_type = :type")
                + (key == null
                    ? ""
                    : " and (integration_type > :kt or (integration_type = :kt and (source_id > :ks"
                        + " or (source_id = :ks and code > :kc))))")
                + " group by integration_type, source_id, code"
                + " order by integration_type, source_id, code",
            limit + 1,
            params(
                "from",
                c.from(),
                "to",
                c.to(),
                "type",
                typeName(c),
                "kt",
                key == null ? null : key[0],
                "ks",
                key == null ? null : Long.valueOf(key[1]),
                "kc",
                key == null ? null : key[2]));
    boolean more = found.size() > limit;
    List<Object[]> page = more ? found.subList(0, limit) : found;
    List<DashboardView.FailureRow> rows = toRows(page);
    String next = null;
    if (more) {
      DashboardView.FailureRow last = rows.get(rows.size() - 1);
      next = last.type().name() + "/" + last.sourceId() + "/" + last.code();
    }
    return new FailurePage(rows, next);
  }

  /** One row of the failures table, or null when it had no failure in the period. */
  public DashboardView.FailureRow row(
      IntegrationType type, long sourceId, String code, DashboardChoices c) {
    List<Object[]> found =
        rows(
            "select integration_type, source_id, code, sum(tx_count), max(tx_day) "
                + FAILURES
                + " and integration_type = :type and source_id = :source and code = :code"
                + " and tx_day >= :from and tx_day <= :to group by integration_type, source_id, code",
            0,
            params(
                "type",
                type.name(),
                "source",
                sourceId,
                "code",
                code,
                "from",
                c.from(),
                "to",
                c.to()));
    return found.isEmpty() ? null : toRows(found).get(0);
  }

  /** Where the integration name links to: its flow, or its endpoint's messages. */
  public String sourceHref(DashboardView.FailureRow row) {
    if (row.sourceId() == 0) {
      return null;
    }
    return row.type() == IntegrationType.OUTBOUND_WEBHOOK
        ? "/webhooks/messages?endpoint=" + row.sourceId()
        : "/flows/" + row.sourceId();
  }

  /** The newest failures of the row in the period: a range of (flow|endpoint, code, id). */
  public Recent recent(DashboardView.FailureRow row, DashboardChoices c, int limit) {
    String source = row.type() == IntegrationType.OUTBOUND_WEBHOOK ? "endpoint_id" : "flow_id";
    List<DashboardView.Occurrence> out = new ArrayList<>();
    if (row.sourceId() != 0) {
      rows(
              "select occurred_at, scope, flow_id, run_id, line_number, endpoint_id, message_id"
                  + " from failure where "
                  + source
                  + " = :source and error_code = :code and integration_type = :type"
                  + " and occurred_day >= :from and occurred_day <= :to order by id desc",
              limit,
              params(
                  "source",
                  row.sourceId(),
                  "code",
                  row.code(),
                  "type",
                  row.type().name(),
                  "from",
                  c.from(),
                  "to",
                  c.to()))
          .forEach(
              r ->
                  out.add(
                      new DashboardView.Occurrence(
                          instant(r[0]),
                          (String) r[1],
                          longOrNull(r[2]),
                          longOrNull(r[3]),
                          r[4] == null ? null : ((Number) r[4]).intValue(),
                          longOrNull(r[5]),
                          longOrNull(r[6]))));
    }
    Set<Long> flows = new LinkedHashSet<>();
    Set<Long> endpoints = new LinkedHashSet<>();
    out.forEach(
        o -> {
          if (o.flowId() != null) flows.add(o.flowId());
          if (o.endpointId() != null) endpoints.add(o.endpointId());
        });
    return new Recent(out, names("flow", flows), names("webhook_endpoint", endpoints));
  }

  private List<DashboardView.FailureRow> toRows(List<Object[]> found) {
    Set<Long> flows = new LinkedHashSet<>();
    Set<Long> endpoints = new LinkedHashSet<>();
    for (Object[] r : found) {
      (type(r[0]) == IntegrationType.OUTBOUND_WEBHOOK ? endpoints : flows).add(num(r[1]));
    }
    Map<Long, String> flowNames = names("flow", flows);
    Map<Long, String> endpointNames = names("webhook_endpoint", endpoints);
    List<DashboardView.FailureRow> rows = new ArrayList<>(found.size());
    for (Object[] r : found) {
      IntegrationType type = type(r[0]);
      long source = num(r[1]);
      String code = (String) r[2];
      boolean outbound = type == IntegrationType.OUTBOUND_WEBHOOK;
      String name =
          source == 0
              ? "(none)"
              : (outbound ? endpointNames : flowNames)
                  .getOrDefault(source, "#" + source + " (deleted)");
      rows.add(
          new DashboardView.FailureRow(
              type,
              source,
              code,
              name,
              title(type, code),
              where(type, name, code),
              num(r[3]),
              day(r[4])));
    }
    return rows;
  }

  /** Flow or endpoint, and the step: a run error stops a run, a line error one person. */
  static String where(IntegrationType type, String name, String code) {
    ErrorCode.Level level = level(code);
    return switch (type) {
      case OUTBOUND_WEBHOOK -> "endpoint " + name + ", delivery of a message";
      case INBOUND_WEBHOOK -> "flow " + name + ", webhook event";
      case INBOUND_FILE, INBOUND_HRIS_API ->
          "flow " + name + (level == ErrorCode.Level.LINE ? ", a line of a run" : ", the run");
    };
  }

  private static ErrorCode.Level level(String code) {
    try {
      return ErrorCode.valueOf(code).level();
    } catch (IllegalArgumentException httpStatus) {
      return ErrorCode.Level.RUN;
    }
  }

  private static String title(IntegrationType type, String code) {
    return MessageCatalog.standard().explain(type, code, Map.of()).title();
  }

  private Map<Long, String> names(String table, Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    em.createNativeQuery("select id, name from " + table + " where id in (:ids)", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(o -> names.put(num(((Object[]) o)[0]), (String) ((Object[]) o)[1]));
    return names;
  }

  private static String[] cursor(String after) {
    String[] key = after.split("/", 3);
    if (key.length != 3 || !key[1].matches("\\d{1,18}")) {
      throw new InvalidRequestException("after is not a cursor of this table: " + after);
    }
    return key;
  }

  /** Named parameters from name, value pairs; a null value is left out (so is its SQL). */
  private static Map<String, Object> params(Object... pairs) {
    Map<String, Object> p = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        p.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return p;
  }

  private static String typeName(DashboardChoices c) {
    return c.type() == null ? null : c.type().name();
  }

  /** A native query's rows, at most {@code limit} of them (0: all). */
  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, int limit, Map<String, Object> params) {
    Query q = em.createNativeQuery(sql, Object[].class);
    params.forEach(q::setParameter);
    if (limit > 0) {
      q.setMaxResults(limit);
    }
    return q.getResultList();
  }

  private static IntegrationType type(Object o) {
    return IntegrationType.valueOf((String) o);
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Long longOrNull(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }

  private static LocalDate day(Object o) {
    return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
  }

  private static Instant instant(Object o) {
    if (o instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.LocalDateTime t) {
      return t.toInstant(java.time.ZoneOffset.UTC);
    }
    return (Instant) o;
  }
}
