package com.passerelle.run;

import static com.passerelle.web.PageController.get;

import com.passerelle.common.InvalidRequestException;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowService;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Activity page of a flow (seed 000's "new interface"): its runs in progress, kept up to date
 * by static/activity.js polling the API (no page reload), then its lines across runs with filters
 * by period, status and text, all in the URL.
 */
@ApplicationScoped
public class ActivityPages implements PageController {
  @Inject FlowService flows;
  @Inject FlowActivity activity;
  @Inject ActivityLines lines;

  @Override
  public List<Route> routes() {
    return List.of(get("/flows/(\\d+)/activity", this::activity));
  }

  private Result activity(WebRequest r) {
    Flow flow = flows.get(r.pathId(1));
    Map<String, Object> model = new HashMap<>();
    model.put("flow", flow);
    model.put("live", activity.live(flow.getId(), List.of()));
    model.put("newestRunId", activity.newestRunId(flow.getId()));
    model.put("statuses", LineStatus.values());
    model.put("maxRuns", ActivityLines.MAX_RUNS);
    Map<String, String> form = new HashMap<>();
    for (String name : List.of("from", "to", "status", "q")) {
      form.put(name, r.param(name));
    }
    try {
      ActivityFilter filter =
          ActivityFilter.of(
              r.param("from"),
              r.param("to"),
              r.param("status"),
              r.param("q"),
              LocalDate.now(ZoneOffset.UTC));
      ActivityCursor cursor = ActivityCursor.of(r.param("after"), r.param("before"));
      model.put("filter", filter);
      model.put("page", lines.page(flow.getId(), filter, cursor));
      form.put("from", filter.from().toString());
      form.put("to", filter.to().toString());
      form.put("status", filter.lines().status() == null ? null : filter.lines().status().name());
    } catch (InvalidRequestException e) {
      // The form stays, with what was typed, and says what to fix: a 400, never an error page.
      r.response().setStatus(400);
      model.put("problem", e.getMessage());
    }
    model.put("form", form);
    return Result.view("activity", model);
  }
}
