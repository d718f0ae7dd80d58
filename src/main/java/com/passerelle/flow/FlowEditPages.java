package com.passerelle.flow;

import static com.passerelle.web.PageController.get;
import static com.passerelle.web.PageController.post;

import com.passerelle.common.InvalidRequestException;
import com.passerelle.web.Flash;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Create and edit a flow (admins). An invalid form comes back with each problem beside its input
 * and nothing saved; stored secrets are never shown, only whether one is kept.
 */
@ApplicationScoped
public class FlowEditPages implements PageController {
  private static final List<String> ZONES =
      List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

  @Inject FlowService flows;
  @Inject SampleLineTester tester;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/flows/new", this::newForm),
        post("/flows/new", this::create),
        get("/flows/(\\d+)/edit", this::editForm),
        post("/flows/(\\d+)/edit", this::save),
        post("/flows/new/test", r -> test(r, false)),
        post("/flows/(\\d+)/edit/test", r -> test(r, true)));
  }

  private Result newForm(WebRequest r) {
    r.requireAdmin();
    Map<String, String> values = new HashMap<>(Map.of("active", "on", "sourceType", "FOLDER"));
    return form(null, values, Map.of());
  }

  private Result create(WebRequest r) {
    r.requireAdmin();
    try {
      Flow flow = flows.create(FlowForm.read(r));
      r.flash(Flash.Kind.SUCCESS, "Flow " + flow.getName() + " created.");
      return Result.redirect("/flows/" + flow.getId());
    } catch (InvalidFlowException e) {
      return form(null, FlowForm.valuesOf(r), e.byField());
    } catch (FlowNameTakenException e) {
      return form(null, FlowForm.valuesOf(r), Map.of("name", e.getMessage()));
    }
  }

  private Result editForm(WebRequest r) {
    r.requireAdmin();
    Flow flow = flows.getWithRules(r.pathId(1));
    return form(flow, FlowForm.valuesOf(flow), Map.of());
  }

  private Result save(WebRequest r) {
    r.requireAdmin();
    long id = r.pathId(1);
    try {
      Flow flow = flows.update(id, FlowForm.read(r));
      r.flash(Flash.Kind.SUCCESS, "Flow " + flow.getName() + " saved.");
      return Result.redirect("/flows/" + id);
    } catch (InvalidFlowException e) {
      return form(flows.get(id), FlowForm.valuesOf(r), e.byField());
    } catch (FlowNameTakenException | FlowChangedException | FlowBusyException e) {
      return form(flows.get(id), FlowForm.valuesOf(r), Map.of("name", e.getMessage()));
    }
  }

  /**
   * Evaluates the form's sample line with the form's (unsaved) settings, and shows the form again.
   */
  private Result test(WebRequest r, boolean editing) {
    r.requireAdmin();
    Flow flow = editing ? flows.get(r.pathId(1)) : null;
    Map<String, String> values = FlowForm.valuesOf(r);
    Map<String, Object> model;
    try {
      SampleLineTester.Outcome outcome =
          tester.test(flows.preview(FlowForm.read(r)), r.param("sample"));
      model = model(flow, values, Map.of());
      model.put("sampleOutcome", outcome);
    } catch (InvalidFlowException e) {
      model = model(flow, values, e.byField());
    } catch (InvalidRequestException e) {
      model = model(flow, values, Map.of("sample", e.getMessage()));
    }
    return Result.view("flow-edit", model);
  }

  private static Result form(Flow flow, Map<String, String> values, Map<String, String> errors) {
    return Result.view("flow-edit", model(flow, values, errors));
  }

  private static Map<String, Object> model(
      Flow flow, Map<String, String> values, Map<String, String> errors) {
    Map<String, Object> model = new HashMap<>();
    model.put("flow", flow);
    model.put("v", values);
    model.put("errors", errors);
    model.put("fields", PersonField.values());
    model.put("sourceTypes", SourceType.values());
    model.put("zones", ZONES);
    return model;
  }
}
