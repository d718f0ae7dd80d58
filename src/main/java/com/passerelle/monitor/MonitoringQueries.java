package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's aggregates, summed in the database from the daily roll-ups alone: a range of
 * {@code transaction_day}'s primary key (day first), never rows loaded into Java.
 */
@ApplicationScoped
@Transactional
public class MonitoringQueries {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** A total, and how much of it is seeded demo history. */
  public record Total(long count, long demo) {}

  /** Failures per type over the period. */
  public Map<IntegrationType, Total> failuresByType(Period p, Set<IntegrationType> types) {
    String sql =
        "select integration_type, sum(tx_count), sum(case when demo then tx_count else 0 end)"
            + " from transaction_day where tx_day >= ? and tx_day <= ? and outcome = 'FAILURE'"
            + typeFilter(types)
            + " group by integration_type";
    Map<IntegrationType, Total> out = new EnumMap<>(IntegrationType.class);
    query(
        sql,
        bind(p.first(), p.last(), types),
        rs ->
            out.put(
                IntegrationType.valueOf(rs.getString(1)), new Total(rs.getLong(2), rs.getLong(3))));
    return out;
  }

  /** One type and outcome: its count in the period and in the previous one. */
  public record TwoPeriods(
      IntegrationType type, TransactionDays.Outcome outcome, long current, long previous) {}

  public List<TwoPeriods> twoPeriods(Period p, Set<IntegrationType> types) {
    Period before = p.previous();
    String sql =
        "select integration_type, outcome, sum(case when tx_day >= ? then tx_count else 0 end),"
            + " sum(case when tx_day < ? then tx_count else 0 end) from transaction_day"
            + " where tx_day >= ? and tx_day <= ?"
            + typeFilter(types)
            + " group by integration_type, outcome";
    List<Object> params = new ArrayList<>(List.of(p.first(), p.first()));
    params.addAll(bind(before.first(), p.last(), types));
    List<TwoPeriods> out = new ArrayList<>();
    query(
        sql,
        params,
        rs ->
            out.add(
                new TwoPeriods(
                    IntegrationType.valueOf(rs.getString(1)),
                    TransactionDays.Outcome.valueOf(rs.getString(2)),
                    rs.getLong(3),
                    rs.getLong(4))));
    return out;
  }

  /** Failures of one code. */
  public record CodeTotal(String code, long count) {}

  /** Failures per code over the period, most frequent first. */
  public List<CodeTotal> failuresByCode(Period p, Set<IntegrationType> types) {
    String sql =
        "select code, sum(tx_count) as total from transaction_day"
            + " where tx_day >= ? and tx_day <= ? and outcome = 'FAILURE'"
            + typeFilter(types)
            + " group by code order by total desc, code";
    List<CodeTotal> out = new ArrayList<>();
    query(
        sql,
        bind(p.first(), p.last(), types),
        rs -> out.add(new CodeTotal(rs.getString(1), rs.getLong(2))));
    return out;
  }

  /** Failures of one type on one day (days without any are absent: the caller zero-fills). */
  public record DayTotal(LocalDate day, IntegrationType type, long count) {}

  public List<DayTotal> failuresByDay(Period p, Set<IntegrationType> types) {
    String sql =
        "select tx_day, integration_type, sum(tx_count) from transaction_day"
            + " where tx_day >= ? and tx_day <= ? and outcome = 'FAILURE'"
            + typeFilter(types)
            + " group by tx_day, integration_type";
    List<DayTotal> out = new ArrayList<>();
    query(
        sql,
        bind(p.first(), p.last(), types),
        rs ->
            out.add(
                new DayTotal(
                    rs.getObject(1, LocalDate.class),
                    IntegrationType.valueOf(rs.getString(2)),
                    rs.getLong(3))));
    return out;
  }

  /** The failures of one (type, source, code) over a period. */
  public record Group(
      IntegrationType type, long sourceId, String code, long total, LocalDate lastDay, long demo) {}

  /**
   * The failures table: groups by (type, source, code), most failures first, then by key; keyset
   * paged after the last group of the previous page (the groups of the period are summed by the
   * database each time: a few thousand roll-up rows per day at most).
   */
  public List<Group> groups(Period p, Set<IntegrationType> types, FailureCursor after, int limit) {
    List<Object> params = bind(p.first(), p.last(), types);
    String having = "";
    if (after != null) {
      having =
          " having sum(tx_count) < ? or (sum(tx_count) = ? and (integration_type > ?"
              + " or (integration_type = ? and (source_id > ? or (source_id = ? and code > ?)))))";
      params.addAll(
          List.of(
              after.total(),
              after.total(),
              after.type().name(),
              after.type().name(),
              after.sourceId(),
              after.sourceId(),
              after.code()));
    }
    String sql =
        "select integration_type, source_id, code, sum(tx_count) as total, max(tx_day),"
            + " sum(case when demo then tx_count else 0 end) from transaction_day"
            + " where tx_day >= ? and tx_day <= ? and outcome = 'FAILURE'"
            + typeFilter(types)
            + " group by integration_type, source_id, code"
            + having
            + " order by total desc, integration_type, source_id, code limit "
            + limit;
    List<Group> out = new ArrayList<>();
    query(sql, params, rs -> out.add(group(rs)));
    return out;
  }

  /** One group over the period, read through (type, source, code, outcome, day). */
  public Group group(Period p, IntegrationType type, long sourceId, String code) {
    String sql =
        "select integration_type, source_id, code, sum(tx_count), max(tx_day),"
            + " sum(case when demo then tx_count else 0 end) from transaction_day"
            + " where integration_type = ? and source_id = ? and code = ? and outcome = 'FAILURE'"
            + " and tx_day >= ? and tx_day <= ? group by integration_type, source_id, code";
    List<Group> out = new ArrayList<>();
    query(sql, List.of(type.name(), sourceId, code, p.first(), p.last()), rs -> out.add(group(rs)));
    return out.isEmpty() ? new Group(type, sourceId, code, 0, null, 0) : out.get(0);
  }

  private static Group group(ResultSet rs) throws SQLException {
    return new Group(
        IntegrationType.valueOf(rs.getString(1)),
        rs.getLong(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getObject(5, LocalDate.class),
        rs.getLong(6));
  }

  private static String typeFilter(Set<IntegrationType> types) {
    return types.isEmpty() || types.size() == IntegrationType.values().length
        ? ""
        : " and integration_type in (" + Jdbc.placeholders(types.size()) + ")";
  }

  private static List<Object> bind(LocalDate first, LocalDate last, Set<IntegrationType> types) {
    List<Object> params = new ArrayList<>(List.of(first, last));
    if (!typeFilter(types).isEmpty()) {
      types.stream().sorted().forEach(t -> params.add(t.name()));
    }
    return params;
  }

  @FunctionalInterface
  interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, List<Object> params, RowReader reader) {
    Jdbc.on(
        em,
        (Connection c) -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bindAll(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                reader.read(rs);
              }
            }
          }
          return null;
        });
  }
}
