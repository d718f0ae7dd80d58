package com.passerelle.flow;

import static com.passerelle.web.PageController.get;
import static com.passerelle.web.PageController.post;

import com.passerelle.run.Run;
import com.passerelle.run.RunAlreadyInProgressException;
import com.passerelle.run.RunLauncher;
import com.passerelle.run.RunRepository;
import com.passerelle.run.RunTrigger;
import com.passerelle.schedule.FlowScheduler;
import com.passerelle.schedule.TriggerLog;
import com.passerelle.source.DropZone;
import com.passerelle.web.Flash;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flows list, a flow's run history, and the admin actions: run now, upload and run, (de)activate.
 */
@ApplicationScoped
public class FlowPages implements PageController {
  @Inject FlowService flows;
  @Inject RunRepository runs;
  @Inject RunLauncher launcher;
  @Inject DropZone dropZone;
  @Inject FlowScheduler scheduler;
  @Inject TriggerLog triggers;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/flows", this::list),
        get("/flows/(\\d+)", this::history),
        post("/flows/(\\d+)/run", this::runNow),
        post("/flows/(\\d+)/dry-run", this::dryRun),
        PageController.upload("/uploads/flows/(\\d+)", r -> upload(r, false)),
        PageController.upload("/uploads/flows/(\\d+)/dry-run", r -> upload(r, true)),
        post("/flows/(\\d+)/active", this::toggleActive));
  }

  private Result list(WebRequest r) {
    return Result.view("flows", Map.of("flows", flows.list(), "lastRuns", runs.lastRunPerFlow()));
  }

  private Result history(WebRequest r) {
    Flow flow = flows.get(r.pathId(1));
    List<Run> history = runs.ofFlow(flow.getId(), 100);
    Map<String, Object> model = new HashMap<>();
    model.put("flow", flow);
    model.put("runs", history);
    model.put("refresh", history.stream().anyMatch(run -> !run.getState().finished()));
    model.put("nextRun", scheduler.nextRun(flow.getId()).orElse(null));
    model.put("triggers", triggers.recent(flow.getId(), 10));
    if (r.isAdmin()) { // where files go on the server is for admins, not for report viewers
      model.put("folder", dropZone.folderOf(flow.getId()).toString());
      model.put("waiting", dropZone.waiting(flow.getId()).size());
    }
    return Result.view("flow", model);
  }

  private Result runNow(WebRequest r) {
    r.requireAdmin();
    long flowId = r.pathId(1);
    return started(r, flowId, () -> launcher.runNow(flowId, RunTrigger.MANUAL, r.user()));
  }

  /** Evaluates what "Run now" would import, changing nothing (see RunLauncher#runNow). */
  private Result dryRun(WebRequest r) {
    r.requireAdmin();
    long flowId = r.pathId(1);
    return started(r, flowId, () -> launcher.runNow(flowId, RunTrigger.MANUAL, r.user(), true));
  }

  private Result upload(WebRequest r, boolean dryRun) throws Exception {
    r.requireAdmin();
    long flowId = r.pathId(1);
    flows.get(flowId);
    Part part = r.raw().getPart("file");
    if (part == null || part.getSize() == 0 && part.getSubmittedFileName() == null) {
      r.flash(Flash.Kind.ERROR, "Choose a CSV file to upload.");
      return Result.redirect("/flows/" + flowId);
    }
    try (InputStream in = part.getInputStream()) {
      return started(
          r,
          flowId,
          () -> launcher.startUpload(flowId, r.user(), part.getSubmittedFileName(), in, dryRun));
    }
  }

  private Result started(WebRequest r, long flowId, java.util.function.Supplier<Run> start) {
    try {
      Run run = start.get();
      r.flash(
          Flash.Kind.SUCCESS,
          (run.isDryRun() ? "Dry run #" : "Run #")
              + run.getId()
              + (run.isDryRun() ? " started: it creates and changes nothing." : " started."));
      return Result.redirect("/runs/" + run.getId());
    } catch (RunAlreadyInProgressException e) {
      r.flash(Flash.Kind.ERROR, e.getMessage() + ": wait for it to finish.");
      return Result.redirect("/runs/" + e.runningRunId());
    }
  }

  private Result toggleActive(WebRequest r) {
    r.requireAdmin();
    boolean active = "true".equals(r.param("active"));
    Flow flow = flows.setActive(r.pathId(1), active);
    r.flash(Flash.Kind.SUCCESS, flow.getName() + (active ? " is active." : " is deactivated."));
    return Result.redirect("/flows/" + flow.getId());
  }
}
