package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts behind a failures-table row: the names of flows and endpoints (one IN query per page),
 * and a group's recent occurrences from {@code failure}, newest first, by an index ending in id.
 */
@ApplicationScoped
@Transactional
public class FailureOccurrences {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** One failure as recorded. */
  public record Occurrence(
      long id,
      Instant occurredAt,
      String scope,
      Long flowId,
      Long runId,
      Integer lineNumber,
      Long endpointId,
      Long messageId,
      boolean demo) {}

  /** The names of the sources of one type: flows for inbound types, endpoints for outbound. */
  public Map<Long, String> names(IntegrationType type, Collection<Long> ids) {
    Map<Long, String> out = new HashMap<>();
    List<Long> wanted = ids.stream().filter(id -> id != 0).distinct().toList();
    if (wanted.isEmpty()) {
      return out;
    }
    String table = type == IntegrationType.OUTBOUND_WEBHOOK ? "webhook_endpoint" : "flow";
    Jdbc.on(
        em,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select id, name from "
                      + table
                      + " where id in ("
                      + Jdbc.placeholders(wanted.size())
                      + ")")) {
            Jdbc.bindAll(ps, 1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
              }
            }
          }
          return null;
        });
    return out;
  }

  /**
   * The newest failures of a group since a day: (flow_id, error_code, id) for flows, (endpoint_id,
   * error_code, id) for endpoints, (occurred_day, integration_type, error_code) for failures with
   * neither.
   */
  public List<Occurrence> recent(
      IntegrationType type,
      long sourceId,
      String code,
      LocalDate since,
      LocalDate until,
      int limit) {
    String where;
    List<Object> params = new ArrayList<>();
    if (sourceId == 0) {
      where = "flow_id is null and endpoint_id is null and occurred_day >= ?";
      params.add(since);
    } else if (type == IntegrationType.OUTBOUND_WEBHOOK) {
      where = "endpoint_id = ?";
      params.add(sourceId);
    } else {
      where = "flow_id = ?";
      params.add(sourceId);
    }
    params.add(code);
    params.add(type.name());
    params.add(since);
    params.add(until);
    String sql =
        "select id, occurred_at, scope, flow_id, run_id, line_number, endpoint_id, message_id,"
            + " demo from failure where "
            + where
            + " and error_code = ? and integration_type = ? and occurred_day >= ?"
            + " and occurred_day <= ?" // the period's, not newer ones
            + " order by id desc limit "
            + limit;
    List<Occurrence> out = new ArrayList<>();
    Jdbc.on(
        em,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bindAll(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Timestamp at = rs.getTimestamp(2);
                out.add(
                    new Occurrence(
                        rs.getLong(1),
                        at.toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class),
                        rs.getObject(6, Integer.class),
                        rs.getObject(7, Long.class),
                        rs.getObject(8, Long.class),
                        rs.getBoolean(9)));
              }
            }
          }
          return null;
        });
    return out;
  }
}
