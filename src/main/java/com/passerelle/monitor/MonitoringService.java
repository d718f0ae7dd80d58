package com.passerelle.monitor;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.IntegrationType;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.monitor.MonitoringViews.ChangeReport;
import com.passerelle.monitor.MonitoringViews.ChangeView;
import com.passerelle.monitor.MonitoringViews.CodeFailures;
import com.passerelle.monitor.MonitoringViews.Errors;
import com.passerelle.monitor.MonitoringViews.FailureDetails;
import com.passerelle.monitor.MonitoringViews.FailureGroup;
import com.passerelle.monitor.MonitoringViews.FailuresPage;
import com.passerelle.monitor.MonitoringViews.OccurrenceView;
import com.passerelle.monitor.MonitoringViews.Overview;
import com.passerelle.monitor.MonitoringViews.PeriodView;
import com.passerelle.monitor.MonitoringViews.Series;
import com.passerelle.monitor.MonitoringViews.TypeChange;
import com.passerelle.monitor.MonitoringViews.TypeFailures;
import com.passerelle.monitor.TransactionDays.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dashboard's sections, built from the roll-ups (and the failure log for details). */
@ApplicationScoped
public class MonitoringService {
  /** Recent occurrences on the details. */
  static final int RECENT = 20;

  @Inject MonitoringQueries queries;
  @Inject FailureOccurrences occurrences;

  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  public Overview overview(Period p, Set<IntegrationType> types) {
    Map<IntegrationType, MonitoringQueries.Total> byType = queries.failuresByType(p, types);
    List<TypeFailures> rows = new ArrayList<>();
    long total = 0;
    long demo = 0;
    for (IntegrationType t : types) {
      MonitoringQueries.Total n = byType.getOrDefault(t, new MonitoringQueries.Total(0, 0));
      rows.add(new TypeFailures(t.name(), t.label(), n.count(), n.demo()));
      total += n.count();
      demo += n.demo();
    }
    return new Overview(PeriodView.of(p), rows, total, demo);
  }

  public ChangeReport change(Period p, Set<IntegrationType> types) {
    List<MonitoringQueries.TwoPeriods> rows = queries.twoPeriods(p, types);
    List<TypeChange> out = new ArrayList<>();
    for (IntegrationType t : types) {
      out.add(
          new TypeChange(
              t.name(),
              t.label(),
              ChangeView.of(of(rows, t, Outcome.FAILURE)),
              ChangeView.of(of(rows, t, Outcome.SUCCESS))));
    }
    return new ChangeReport(PeriodView.of(p), PeriodView.of(p.previous()), out);
  }

  private static Change of(List<MonitoringQueries.TwoPeriods> rows, IntegrationType t, Outcome o) {
    return rows.stream()
        .filter(r -> r.type() == t && r.outcome() == o)
        .findFirst()
        .map(r -> Change.of(r.current(), r.previous()))
        .orElse(Change.of(0, 0));
  }

  public Errors errors(Period p, Set<IntegrationType> types) {
    List<CodeFailures> codes =
        queries.failuresByCode(p, types).stream()
            .map(
                c ->
                    new CodeFailures(
                        c.code(),
                        ErrorLabels.isHttp(c.code()),
                        ErrorLabels.label(c.code()),
                        c.count()))
            .toList();
    return new Errors(
        PeriodView.of(p), codes, codes.stream().mapToLong(CodeFailures::failures).sum());
  }

  public MonitoringViews.Trends trends(Period p, Set<IntegrationType> types) {
    List<LocalDate> days = p.eachDay();
    List<Series> series = new ArrayList<>();
    for (Map.Entry<IntegrationType, long[]> e :
        TrendFill.fill(p, types, queries.failuresByDay(p, types)).entrySet()) {
      List<Long> values = new ArrayList<>(days.size());
      long total = 0;
      for (long v : e.getValue()) {
        values.add(v);
        total += v;
      }
      series.add(new Series(e.getKey().name(), e.getKey().label(), values, total));
    }
    return new MonitoringViews.Trends(
        PeriodView.of(p), days.stream().map(LocalDate::toString).toList(), series);
  }

  public FailuresPage failures(Period p, Set<IntegrationType> types, String after, int limit) {
    if (limit < 1 || limit > 200) {
      throw new InvalidRequestException("limit must be between 1 and 200");
    }
    List<MonitoringQueries.Group> groups =
        queries.groups(p, types, FailureCursor.parse(after), limit + 1);
    boolean more = groups.size() > limit;
    List<MonitoringQueries.Group> page = more ? groups.subList(0, limit) : groups;
    List<FailureGroup> rows = new ArrayList<>(page.size());
    for (IntegrationType t : IntegrationType.values()) {
      List<Long> ids =
          page.stream().filter(g -> g.type() == t).map(MonitoringQueries.Group::sourceId).toList();
      if (!ids.isEmpty()) {
        Map<Long, String> names = occurrences.names(t, ids);
        page.stream().filter(g -> g.type() == t).forEach(g -> rows.add(row(g, names)));
      }
    }
    // back to the page's order (the names were read per type)
    rows.sort(
        java.util.Comparator.comparingInt(
            (FailureGroup r) ->
                indexOf(page, IntegrationType.valueOf(r.type()), r.sourceId(), r.code())));
    String next = more ? FailureCursor.of(page.get(page.size() - 1)).token() : null;
    return new FailuresPage(PeriodView.of(p), rows, next);
  }

  private static int indexOf(
      List<MonitoringQueries.Group> page, IntegrationType t, long source, String code) {
    for (int i = 0; i < page.size(); i++) {
      MonitoringQueries.Group g = page.get(i);
      if (g.type() == t && g.sourceId() == source && g.code().equals(code)) {
        return i;
      }
    }
    return page.size();
  }

  /** Details of one group; 404 when it had no failure in the period. */
  public FailureDetails details(Period p, IntegrationType type, long sourceId, String code) {
    if (code == null || !code.matches("[A-Za-z0-9_]{1,40}") || sourceId < 0) {
      throw new InvalidRequestException("A failure is /failures/{type}/{sourceId}/{code}");
    }
    MonitoringQueries.Group g = queries.group(p, type, sourceId, code);
    if (g.total() == 0) {
      throw new com.passerelle.common.NotFoundException(
          "No " + code + " failure of " + type.name() + " source " + sourceId + " in the period");
    }
    Map<Long, String> names = occurrences.names(type, List.of(sourceId));
    ExplainedMessage m = ErrorLabels.explain(type, code);
    List<OccurrenceView> recent =
        occurrences.recent(type, sourceId, code, p.first(), p.last(), RECENT).stream()
            .map(MonitoringService::occurrence)
            .toList();
    return new FailureDetails(
        PeriodView.of(p), row(g, names), m.category(), m.cause(), m.action(), recent);
  }

  private static FailureGroup row(MonitoringQueries.Group g, Map<Long, String> names) {
    IntegrationType t = g.type();
    String name = g.sourceId() == 0 ? null : names.getOrDefault(g.sourceId(), "#" + g.sourceId());
    Step step = Step.of(t, g.code());
    boolean endpoint = t == IntegrationType.OUTBOUND_WEBHOOK;
    String where =
        (name == null ? "" : (endpoint ? "Endpoint " : "Flow ") + name + " · ") + step.label();
    String key = t.name() + "/" + g.sourceId() + "/" + g.code();
    return new FailureGroup(
        t.name(),
        t.label(),
        g.sourceId(),
        name,
        g.code(),
        ErrorLabels.isHttp(g.code()),
        ErrorLabels.explain(t, g.code()).title(),
        step.name(),
        where,
        g.total(),
        g.lastDay() == null ? null : g.lastDay().toString(),
        g.demo(),
        "/api/v1/monitoring/failures/" + key,
        "/monitoring/failures/" + key,
        g.sourceId() == 0
            ? null
            : endpoint ? "/webhooks/messages?endpoint=" + g.sourceId() : "/flows/" + g.sourceId());
  }

  private static OccurrenceView occurrence(FailureOccurrences.Occurrence o) {
    return new OccurrenceView(
        o.id(),
        o.occurredAt().toString(),
        o.scope(),
        o.lineNumber(),
        o.demo(),
        o.flowId() == null ? null : "/flows/" + o.flowId(),
        o.runId() == null ? null : "/runs/" + o.runId(),
        o.runId() == null || o.lineNumber() == null
            ? null
            : "/runs/" + o.runId() + "/lines/" + o.lineNumber(),
        o.endpointId() == null ? null : "/webhooks/messages?endpoint=" + o.endpointId(),
        o.messageId() == null ? null : "/webhooks/messages/" + o.messageId());
  }
}
