package com.passerelle.run;

import static com.passerelle.web.PageController.get;
import static com.passerelle.web.PageController.post;

import com.passerelle.common.NotFoundException;
import com.passerelle.flow.FlowService;
import com.passerelle.web.Flash;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The run report (lines with filters and paging), the line detail, and resume. */
@ApplicationScoped
public class RunPages implements PageController {
  @Inject com.passerelle.journey.Journeys journeys;
  static final int PAGE_SIZE = 50;

  @Inject RunRepository runs;
  @Inject FlowService flows;
  @Inject RunControl control;
  @Inject ReportCsv reportCsv;
  @Inject RunReruns reruns;
  @Inject RunLauncher launcher;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/runs/(\\d+)", this::report),
        get("/runs/(\\d+)/lines/(\\d+)", this::line),
        get("/runs/(\\d+)/export\\.csv", this::export),
        post("/runs/(\\d+)/resume", this::resume),
        post("/runs/(\\d+)/stop", this::stop),
        post("/runs/(\\d+)/rerun-failures", this::rerunFailures));
  }

  private Run run(WebRequest r) {
    Run run = runs.find(r.pathId(1));
    if (run == null) {
      throw new NotFoundException("Run", r.pathId(1));
    }
    return run;
  }

  private Result report(WebRequest r) {
    Run run = run(r);
    LineFilter filter = LineFilter.of(r.param("status"), r.param("q"));
    LineCursor cursor = LineCursor.of(r.param("after"), r.param("before"), r.param("last"));
    LinePage page = runs.lines(run, filter, cursor, PAGE_SIZE);
    Map<String, Object> model = new HashMap<>();
    model.put("run", run);
    model.put("flow", flows.get(run.getFlowId()));
    model.put("filter", filter);
    model.put("page", page);
    model.put("statuses", LineStatus.values());
    model.put("canResume", RunLauncher.canResume(run));
    model.put("refresh", !run.getState().finished());
    model.put("reruns", reruns.of(run.getId()));
    model.put("canRerun", RunReruns.whyNot(run) == null);
    return Result.view("run", model);
  }

  private Result export(WebRequest r) {
    Run run = run(r);
    LineFilter filter = LineFilter.of(r.param("status"), r.param("q"));
    reportCsv.requireListable(run, filter);
    return new Result.Download(
        ReportCsv.fileName(run, filter),
        "text/csv;charset=UTF-8",
        out -> reportCsv.write(run.getId(), filter, out));
  }

  private Result line(WebRequest r) {
    Run run = run(r);
    long number = r.pathId(2);
    Line line = number > Integer.MAX_VALUE ? null : runs.line(run.getId(), (int) number);
    if (line == null) {
      throw new NotFoundException("Line", r.pathId(2));
    }
    Map<String, Object> model = new java.util.HashMap<>();
    model.put("run", run);
    model.put("flow", flows.get(run.getFlowId()));
    model.put("line", line);
    model.put("journey", journeys.ofLine(run.getId(), line.getLineNumber()).orElse(null));
    // What became of a failed line: the same line number in each re-run of this run.
    model.put(
        "outcomes",
        line.getStatus() == LineStatus.FAILURE
            ? reruns.outcomes(run.getId(), line.getLineNumber())
            : List.of());
    return Result.view("line", model);
  }

  private Result resume(WebRequest r) {
    r.requireAdmin();
    Run run = run(r);
    try {
      control.resume(run.getId());
      r.flash(Flash.Kind.SUCCESS, "Run #" + run.getId() + " resumes after its last saved line.");
    } catch (RunConflictException | RunAlreadyInProgressException e) {
      r.flash(Flash.Kind.ERROR, e.getMessage());
    }
    return Result.redirect("/runs/" + run.getId());
  }

  /** Re-runs the run's Failure lines with the flow's current rules (admin); see RunReruns. */
  private Result rerunFailures(WebRequest r) {
    r.requireAdmin();
    Run run = run(r);
    try {
      Run rerun = launcher.rerunFailures(run.getId(), r.user());
      r.flash(
          Flash.Kind.SUCCESS,
          "Run #" + rerun.getId() + " re-runs the failures of run #" + run.getId() + ".");
      return Result.redirect("/runs/" + rerun.getId());
    } catch (RunConflictException | RunAlreadyInProgressException e) {
      r.flash(Flash.Kind.ERROR, e.getMessage());
      return Result.redirect("/runs/" + run.getId());
    }
  }

  private Result stop(WebRequest r) {
    r.requireAdmin();
    Run run = run(r);
    try {
      Run stopped = control.stop(run.getId(), r.user());
      r.flash(
          Flash.Kind.SUCCESS,
          "Run #"
              + run.getId()
              + (stopped.getState() == RunState.INTERRUPTED
                  ? " is stopped; resume it to read the rest of its file."
                  : " had already read its whole file."));
    } catch (RunConflictException e) {
      r.flash(Flash.Kind.ERROR, e.getMessage());
    }
    return Result.redirect("/runs/" + run.getId());
  }
}
