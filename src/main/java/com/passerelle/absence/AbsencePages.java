package com.passerelle.absence;

import static com.passerelle.web.PageController.get;
import static com.passerelle.web.PageController.post;

import com.passerelle.report.ReportInputs;
import com.passerelle.web.Flash;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import com.passerelle.webhook.AbsenceMessages;
import com.passerelle.webhook.Leave;
import com.passerelle.webhook.Leaves;
import com.passerelle.webhook.WebhookMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Absences: the list (newest first, filters in the URL, keyset paging) with the create form for
 * admins, and an absence's page with its half-day leaves, the messages they made and, for admins,
 * approve, cancel and delete (CSRF-protected forms like every other).
 */
@ApplicationScoped
public class AbsencePages implements PageController {
  /** People suggested in the owner field (any email or id of the directory is accepted). */
  private static final int SUGGESTED_PEOPLE = 50;

  @Inject AbsenceService absences;
  @Inject AbsenceRepository repository;
  @Inject LeaveAccounts accounts;
  @Inject AbsenceMessages messages;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/absences", this::list),
        post("/absences", this::create),
        get("/absences/(\\d+)", this::detail),
        post("/absences/(\\d+)/approve", r -> change(r, absences::approve, "approved")),
        post("/absences/(\\d+)/cancel", r -> change(r, absences::cancel, "cancelled")),
        post("/absences/(\\d+)/delete", r -> change(r, absences::delete, "deleted")));
  }

  private Result list(WebRequest r) {
    return Result.view(
        "absences", listModel(r, true, Map.of("startsAfternoon", "", "endsMorning", ""), Map.of()));
  }

  /**
   * The list page; {@code filtered} reads the filters and cursor from the URL (a re-shown form's
   * fields are no filters: its owner field is not the owner filter).
   */
  private Map<String, Object> listModel(
      WebRequest r, boolean filtered, Map<String, String> values, Map<String, String> errors) {
    AbsenceFilter filter =
        filtered
            ? AbsenceFilter.of(r.param("owner"), r.param("status"), r.param("from"), r.param("to"))
            : AbsenceFilter.NONE;
    Long before = filtered ? ReportInputs.cursor("before", r.param("before")) : null;
    AbsenceRepository.Page page = repository.page(filter, before, AbsenceRepository.PAGE_SIZE);
    Map<String, Object> model = new HashMap<>();
    model.put("page", page);
    model.put("filter", filter);
    model.put("statuses", AbsenceStatus.values());
    model.put("accounts", accounts.list());
    model.put("v", values);
    model.put("errors", errors);
    if (r.isAdmin()) {
      model.put("people", repository.somePeople(SUGGESTED_PEOPLE));
    }
    return model;
  }

  private Result create(WebRequest r) {
    r.requireAdmin();
    Map<String, String> values = new LinkedHashMap<>();
    for (String name :
        List.of(
            "owner",
            "accountId",
            "startDate",
            "startsAfternoon",
            "endDate",
            "endsMorning",
            "duration")) {
      values.put(name, r.param(name) == null ? "" : r.param(name));
    }
    String owner = values.get("owner");
    Long ownerId = number(owner);
    try {
      Absence created =
          absences.create(
              new AbsenceRequest(
                  ownerId,
                  ownerId == null && !owner.isEmpty() ? owner : null,
                  number(values.get("accountId")),
                  values.get("startDate"),
                  !values.get("startsAfternoon").isEmpty(),
                  values.get("endDate"),
                  !values.get("endsMorning").isEmpty(),
                  values.get("duration")),
              r.user());
      r.flash(Flash.Kind.SUCCESS, "Absence #" + created.getId() + " created, pending approval.");
      return Result.redirect("/absences/" + created.getId());
    } catch (InvalidAbsenceException e) {
      Map<String, String> errors = new HashMap<>();
      e.byField()
          .forEach(
              (field, problem) -> errors.put(field.startsWith("owner") ? "owner" : field, problem));
      return Result.view("absences", listModel(r, false, values, errors));
    }
  }

  private static Long number(String value) {
    return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
  }

  private Result detail(WebRequest r) {
    Absence absence = absences.get(r.pathId(1));
    AbsenceRow row = repository.row(absence);
    AbsenceMessages.Page page =
        messages.of(
            absence.getId(),
            ReportInputs.cursor("after", r.param("after")),
            AbsenceMessages.PAGE_SIZE);
    Map<String, List<WebhookMessage>> byLeave = new HashMap<>();
    page.messages()
        .forEach(m -> byLeave.computeIfAbsent(m.getLeaveId(), k -> new ArrayList<>()).add(m));
    List<Leave> leaves = Leaves.of(absence);
    Map<String, Object> model = new HashMap<>();
    model.put("row", row);
    model.put("a", absence);
    model.put("leaves", leaves);
    model.put("byLeave", byLeave);
    model.put("messages", page);
    model.put(
        "live",
        absence.getStatus() == AbsenceStatus.PENDING_APPROVAL
            || absence.getStatus() == AbsenceStatus.APPROVED);
    return Result.view("absence", model);
  }

  private Result change(WebRequest r, LongFunction<Absence> action, String done) {
    r.requireAdmin();
    long id = r.pathId(1);
    try {
      action.apply(id);
      r.flash(Flash.Kind.SUCCESS, "Absence #" + id + " " + done + ".");
    } catch (AbsenceConflictException e) {
      r.flash(Flash.Kind.ERROR, e.getMessage());
    }
    return Result.redirect("/absences/" + id);
  }
}
