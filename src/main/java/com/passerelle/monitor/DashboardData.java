package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.monitor.MonitoringViews.FailureDetails;
import com.passerelle.monitor.MonitoringViews.FailureGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The monitoring page's numbers from {@link MonitoringService} (the same services as the API, so
 * the page and /api/v1/monitoring never disagree), shaped by {@link DashboardView} for the
 * templates.
 */
@ApplicationScoped
public class DashboardData {
  @Inject MonitoringService service;

  /** A page of the failures table and the cursor of the next one (null on the last). */
  public record FailurePage(List<DashboardView.FailureRow> rows, String next) {}

  private static Period period(DashboardChoices c) {
    return new Period(c.from(), c.to());
  }

  private static Set<IntegrationType> all() {
    return EnumSet.allOf(IntegrationType.class);
  }

  /** The chosen type, or every type. */
  private static Set<IntegrationType> chosen(DashboardChoices c) {
    return c.type() == null ? all() : EnumSet.of(c.type());
  }

  /** Failures per type: every type, so the donut's legend can hide and show each one. */
  public List<DashboardView.Slice> overview(DashboardChoices c) {
    return service.overview(period(c), all()).types().stream()
        .map(t -> new DashboardView.Slice(IntegrationType.valueOf(t.type()), t.failures()))
        .toList();
  }

  /** How many of the period's failures are seeded demo history (the page says so). */
  public long demoFailures(DashboardChoices c) {
    return service.overview(period(c), all()).demo();
  }

  public List<DashboardView.ChangeRow> changes(DashboardChoices c) {
    return service.change(period(c), all()).types().stream()
        .map(
            t ->
                new DashboardView.ChangeRow(
                    IntegrationType.valueOf(t.type()),
                    t.failed().current(),
                    t.failed().previous(),
                    t.successful().current(),
                    t.successful().previous()))
        .toList();
  }

  public List<DashboardView.Bar> errors(DashboardChoices c) {
    return service.errors(period(c), chosen(c)).codes().stream()
        .map(e -> new DashboardView.Bar(e.code(), e.label(), e.failures()))
        .toList();
  }

  public DashboardView.Trend trend(DashboardChoices c) {
    MonitoringViews.Trends trends = service.trends(new Period(c.trendFrom(), c.to()), chosen(c));
    List<LocalDate> days = trends.days().stream().map(LocalDate::parse).toList();
    List<IntegrationType> types = new ArrayList<>();
    long[][] counts = new long[days.size()][trends.series().size()];
    for (int t = 0; t < trends.series().size(); t++) {
      MonitoringViews.Series s = trends.series().get(t);
      types.add(IntegrationType.valueOf(s.type()));
      for (int d = 0; d < days.size(); d++) {
        counts[d][t] = s.failures().get(d);
      }
    }
    return new DashboardView.Trend(days, types, counts);
  }

  public FailurePage failures(DashboardChoices c, String after, int limit) {
    MonitoringViews.FailuresPage page = service.failures(period(c), chosen(c), after, limit);
    return new FailurePage(page.items().stream().map(DashboardData::row).toList(), page.next());
  }

  /** The details of one row; 404 (NotFoundException) when it had no failure in the period. */
  public FailureDetails details(
      IntegrationType type, long sourceId, String code, DashboardChoices c) {
    return service.details(period(c), type, sourceId, code);
  }

  static DashboardView.FailureRow row(FailureGroup g) {
    return new DashboardView.FailureRow(
        IntegrationType.valueOf(g.type()),
        g.sourceId(),
        g.code(),
        g.integrationName() == null ? "(none)" : g.integrationName(),
        g.description(),
        g.where(),
        g.total(),
        g.lastSeen() == null ? null : LocalDate.parse(g.lastSeen()),
        g.sourceLink(),
        g.demo());
  }
}
