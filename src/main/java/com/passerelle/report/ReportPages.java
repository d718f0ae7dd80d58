package com.passerelle.report;

import static com.passerelle.web.PageController.get;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.common.NotFoundException;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowService;
import com.passerelle.run.Run;
import com.passerelle.run.RunHistoryFilter;
import com.passerelle.run.RunRepository;
import com.passerelle.run.RunState;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports, the classic interface (seed 000) across flows: the history of every run, the summary of
 * errors by flow and the failures behind each count, the person search, the original file of a run,
 * and the catalog of every error with its cause and action. For admins and report viewers.
 *
 * <p>Bad parameters render the page again with what was wrong (400), the form keeping the values.
 */
@ApplicationScoped
public class ReportPages implements PageController {
  @Inject FlowService flowService;
  @Inject RunRepository runs;
  @Inject RunHistory history;
  @Inject ErrorSummary errors;
  @Inject PersonSearch people;
  @Inject SourceFiles sources;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/reports", this::history),
        get("/reports/summary", this::summary),
        get("/reports/errors", this::failures),
        get("/reports/people", this::people),
        get("/runs/(\\d+)/source", this::source),
        get("/catalog", this::catalog));
  }

  /** What a report page handler computes from its checked parameters. */
  @FunctionalInterface
  private interface Fill {
    void into(Map<String, Object> model);
  }

  private Result page(WebRequest r, String template, String tab, Fill fill) {
    Map<String, Object> model = new HashMap<>();
    Map<Long, Flow> flows = flows();
    model.put("flows", flows.values());
    model.put("flowsById", flows);
    model.put("tab", tab);
    model.put("states", RunState.values());
    Map<String, String> p = new HashMap<>();
    for (String name : List.of("flow", "state", "from", "to", "q", "code", "maxRuns")) {
      p.put(name, r.param(name));
    }
    model.put("p", p);
    try {
      fill.into(model);
    } catch (InvalidRequestException e) {
      r.response().setStatus(400);
      model.put("problem", e.getMessage());
    }
    return Result.view(template, model);
  }

  private Map<Long, Flow> flows() {
    Map<Long, Flow> byId = new LinkedHashMap<>();
    flowService.list().forEach(f -> byId.put(f.getId(), f));
    return byId;
  }

  @SuppressWarnings("unchecked")
  private static Map<Long, Flow> flowsOf(Map<String, Object> model) {
    return (Map<Long, Flow>) model.get("flowsById");
  }

  private Result history(WebRequest r) {
    return page(
        r,
        "reports",
        "history",
        model -> {
          ReportPeriod period = ReportPeriod.of(r.param("from"), r.param("to"));
          Long flow = ReportInputs.flow(r.param("flow"), flowsOf(model));
          RunState state = ReportInputs.state(r.param("state"));
          Long older = ReportInputs.cursor("older", r.param("older"));
          Long newer = ReportInputs.cursor("newer", r.param("newer"));
          RunHistoryFilter filter = new RunHistoryFilter(period.start(), period.end(), flow, state);
          model.put("period", period);
          model.put("flowId", flow);
          model.put("state", state);
          model.put("page", history.page(filter, older, newer, RunHistory.PAGE_SIZE));
        });
  }

  private Result summary(WebRequest r) {
    return page(
        r,
        "report-summary",
        "summary",
        model -> {
          ReportPeriod period = ReportPeriod.of(r.param("from"), r.param("to"));
          Long flow = ReportInputs.flow(r.param("flow"), flowsOf(model));
          model.put("period", period);
          model.put("flowId", flow);
          model.put("summary", errors.summary(period, flow, flowsOf(model)));
        });
  }

  private Result failures(WebRequest r) {
    return page(
        r,
        "report-errors",
        "summary",
        model -> {
          ReportPeriod period = ReportPeriod.of(r.param("from"), r.param("to"));
          Long flow = ReportInputs.flow(r.param("flow"), flowsOf(model));
          if (flow == null) {
            throw new InvalidRequestException("Give a flow (flow=...) to list its failures.");
          }
          String code = ReportInputs.code(r.param("code"));
          Long before = ReportInputs.cursor("before", r.param("before"));
          model.put("period", period);
          model.put("flowId", flow);
          model.put("flowName", ErrorSummary.flowName(flow, flowsOf(model)));
          model.put("code", code);
          // Explained as the flow's integration type explains it, as the common-errors catalog
          // does.
          Flow f = flowsOf(model).get(flow);
          model.put(
              "explained",
              MessageCatalog.standard()
                  .explainGeneric(f == null ? null : f.getSourceType().integrationType(), code));
          model.put(
              "failures", errors.failures(flow, code, period, before, ErrorSummary.PAGE_SIZE));
          model.put("firstPage", before == null);
        });
  }

  private Result people(WebRequest r) {
    return page(
        r,
        "report-people",
        "people",
        model -> {
          ReportPeriod period = ReportPeriod.of(r.param("from"), r.param("to"));
          model.put("period", period);
          boolean asked = r.raw().getParameter("q") != null;
          if (asked) {
            model.put(
                "outcome",
                people.search(
                    r.raw().getParameter("q"),
                    period,
                    flowsOf(model),
                    ReportInputs.cursor("before", r.param("before")),
                    ReportInputs.maxRuns(r.param("maxRuns"))));
          }
          model.put("maxRuns", PersonSearch.MAX_RUNS);
          model.put("maxLines", PersonSearch.MAX_LINES);
        });
  }

  /** The run's original file, streamed as stored; same access as the run's report. */
  private Result source(WebRequest r) {
    Run run = runs.find(r.pathId(1));
    if (run == null) {
      throw new NotFoundException("Run", r.pathId(1));
    }
    Path file = sources.of(run);
    return new Result.Download(
        SourceFiles.downloadName(run),
        SourceFiles.contentType(file),
        out -> {
          try {
            Files.copy(file, out);
          } catch (java.nio.file.NoSuchFileException archivedMeanwhile) {
            throw new NotFoundException("The original file of run #" + run.getId() + " is gone.");
          }
        });
  }

  /** Every error and warning with its cause and action; each has an anchor (/catalog#CODE). */
  private Result catalog(WebRequest r) {
    Map<String, Object> model = new HashMap<>();
    model.put(
        "runCodes",
        Arrays.stream(ErrorCode.values()).filter(c -> c.level() == ErrorCode.Level.RUN).toList());
    model.put(
        "lineCodes",
        Arrays.stream(ErrorCode.values()).filter(c -> c.level() == ErrorCode.Level.LINE).toList());
    model.put(
        "callCodes",
        Arrays.stream(ErrorCode.values()).filter(c -> c.level() == ErrorCode.Level.CALL).toList());
    model.put("tab", "catalog");
    return Result.view("catalog", model);
  }
}
