package com.passerelle.monitor;

import java.util.List;

/**
 * What the monitoring API answers and the dashboard pages show: plain records, serialized as JSON
 * by the API as they are. Dates are ISO days (UTC), instants ISO-8601.
 */
public final class MonitoringViews {
  private MonitoringViews() {}

  /** The period asked for and the one it is compared with. */
  public record PeriodView(String from, String to, int days) {
    static PeriodView of(Period p) {
      return new PeriodView(p.first().toString(), p.last().toString(), p.days());
    }
  }

  /** Failures of one type; {@code demo}: how many of them are seeded demo history. */
  public record TypeFailures(String type, String label, long failures, long demo) {}

  public record Overview(PeriodView period, List<TypeFailures> types, long total, long demo) {}

  /**
   * A count against the previous period: {@code percent} null and {@code trend} NO_DATA_BEFORE when
   * the previous period counted nothing.
   */
  public record ChangeView(long current, long previous, Double percent, String trend) {
    static ChangeView of(Change c) {
      return new ChangeView(c.current(), c.previous(), c.percent(), c.trend().name());
    }
  }

  public record TypeChange(String type, String label, ChangeView failed, ChangeView successful) {}

  public record ChangeReport(PeriodView period, PeriodView previous, List<TypeChange> types) {}

  /** Failures of one code: {@code http} true for an HTTP status, its reason phrase as label. */
  public record CodeFailures(String code, boolean http, String label, long failures) {}

  public record Errors(PeriodView period, List<CodeFailures> codes, long total) {}

  /** One type's failures per day, aligned with {@link Trends#days()}, zero-filled. */
  public record Series(String type, String label, List<Long> failures, long total) {}

  public record Trends(PeriodView period, List<String> days, List<Series> series) {}

  /**
   * A row of the failures table: a (type, source, code) group. {@code source}: the flow or
   * endpoint, null when the failure had none; {@code step}: RUN, LINE, EVENT or CALL.
   */
  public record FailureGroup(
      String type,
      String typeLabel,
      long sourceId,
      String integrationName,
      String code,
      boolean http,
      String description,
      String step,
      String where,
      long total,
      String lastSeen,
      long demo,
      String detailsApi,
      String detailsPage,
      String sourceLink) {}

  /** A page of the failures table; {@code next}: the {@code after} of the next page, or null. */
  public record FailuresPage(PeriodView period, List<FailureGroup> items, String next) {}

  /** One recorded failure with links straight to what it concerns (null when not applicable). */
  public record OccurrenceView(
      long id,
      String occurredAt,
      String scope,
      Integer lineNumber,
      boolean demo,
      String flowLink,
      String runLink,
      String lineLink,
      String endpointLink,
      String messageLink) {}

  /** The failure details: the group's facts, what the code means here, the recent occurrences. */
  public record FailureDetails(
      PeriodView period,
      FailureGroup failure,
      String category,
      String cause,
      String action,
      List<OccurrenceView> recent) {}
}
