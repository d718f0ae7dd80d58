package com.passerelle.monitor;

import static com.passerelle.web.PageController.get;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.IntegrationType;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.common.NotFoundException;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The monitoring dashboard (seed 003) and the details of one failure, for admins and report
 * viewers. Every number comes from the roll-up services ({@link DashboardData}); the period and the
 * type live in the URL ({@link DashboardChoices}), and a bad choice renders the page again with
 * what was wrong (400), the form keeping the values.
 */
@ApplicationScoped
public class MonitoringPages implements PageController {
  /** Chart.js from its WebJar (pom.xml): change the version in both places together. */
  public static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";

  /** Rows of the failures table per page, and recent occurrences on the details page. */
  static final int FAILURES_PAGE = 50;

  static final int RECENT = 20;

  /** A code in a details URL: an HTTP status or one of our ErrorCode names. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");

  @Inject DashboardData data;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/monitoring", this::dashboard),
        get("/monitoring/failures/([A-Za-z_]+)/(\\d+)/([^/]+)", this::details));
  }

  private Map<String, Object> base(WebRequest r) {
    Map<String, Object> model = new HashMap<>();
    Map<String, String> p = new HashMap<>();
    for (String name : List.of("days", "from", "to", "type")) {
      p.put(name, r.param(name));
    }
    model.put("p", p);
    model.put(
        "dayOptions", dayOptions(p.get("days"), p.get("from") != null || p.get("to") != null));
    model.put("types", IntegrationType.values());
    model.put("chartJs", CHART_JS);
    return model;
  }

  /** An option of the period menu. */
  public record DayOption(String value, String label, boolean selected) {}

  /** The period menu as the URL chose it (raw: a refused choice is shown as asked). */
  static List<DayOption> dayOptions(String days, boolean dates) {
    String chosen = days != null ? days : dates ? "custom" : "30";
    return List.of(
        new DayOption("1", "Last day", "1".equals(chosen)),
        new DayOption("7", "Last 7 days", "7".equals(chosen)),
        new DayOption("30", "Last 30 days", "30".equals(chosen)),
        new DayOption("custom", "Custom: from – to", "custom".equals(chosen)));
  }

  private static DashboardChoices choices(WebRequest r) {
    return DashboardChoices.of(r.param("days"), r.param("from"), r.param("to"), r.param("type"));
  }

  private Result dashboard(WebRequest r) {
    Map<String, Object> model = base(r);
    try {
      DashboardChoices c = choices(r);
      model.put("choices", c);
      List<DashboardView.Slice> overview = data.overview(c);
      model.put("overview", overview);
      model.put("overviewTotal", overview.stream().mapToLong(DashboardView.Slice::failures).sum());
      model.put("demoFailures", data.demoFailures(c));
      model.put("changes", data.changes(c));
      model.put("errorBars", data.errors(c));
      model.put("trend", data.trend(c));
      DashboardData.FailurePage page = data.failures(c, r.param("after"), FAILURES_PAGE);
      model.put("failures", page.rows());
      model.put(
          "nextFailures",
          page.next() == null
              ? null
              : c.query() + "&after=" + URLEncoder.encode(page.next(), StandardCharsets.UTF_8));
    } catch (InvalidRequestException e) {
      r.response().setStatus(400);
      model.put("problem", e.getMessage());
    }
    return Result.view("monitoring", model);
  }

  private Result details(WebRequest r) {
    IntegrationType type = pathType(r);
    long sourceId = r.pathId(2);
    String code = pathCode(r);
    DashboardChoices c = choices(r); // a bad choice here is the 400 error page
    MonitoringViews.FailureDetails details = data.details(type, sourceId, code, c);
    Map<String, Object> model = base(r);
    model.put("choices", c);
    model.put("row", DashboardData.row(details.failure()));
    model.put("details", details);
    model.put(
        "explained",
        new ExplainedMessage(
            code,
            MessageCatalog.standard().explain(type, code, Map.of()).severity(),
            details.category(),
            details.failure().description(),
            details.cause(),
            details.action()));
    return Result.view("monitoring-failure", model);
  }

  private static IntegrationType pathType(WebRequest r) {
    String name = r.pathGroup(1);
    try {
      return IntegrationType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No integration type " + name + ".");
    }
  }

  private static String pathCode(WebRequest r) {
    String code = r.pathGroup(3);
    if (!CODE.matcher(code).matches()) {
      throw new NotFoundException("No failure code " + code + ".");
    }
    return code;
  }
}
