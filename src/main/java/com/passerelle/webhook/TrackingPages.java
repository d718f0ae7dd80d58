package com.passerelle.webhook;

import static com.passerelle.web.PageController.get;
import static com.passerelle.web.PageController.post;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.web.Flash;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 002's follow-up interface: the messages sent to the customer's endpoints with filters in the
 * URL, one message with its payload, headers and attempts, and the admin's two fixes: re-sync (one
 * message, or the failed ones of an endpoint over a period) and mark as processed. Reading is for
 * every user; the fixes are for administrators (and carry the session's CSRF token).
 */
@ApplicationScoped
public class TrackingPages implements PageController {
  static final List<String> FILTERS =
      List.of("status", "event", "person", "endpoint", "from", "to", "absence");

  @Inject MessageQueries queries;
  @Inject Resync resync;
  @Inject MarkProcessed processed;
  @Inject AdminTodo todo;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/webhooks/messages", this::list),
        get("/webhooks/messages/(\\d+)", this::message),
        post("/webhooks/messages/(\\d+)/resync", this::resyncOne),
        post("/webhooks/messages/(\\d+)/processed", this::markProcessed),
        post("/webhooks/messages/resync", this::resyncFailed),
        get("/webhooks/todo", this::todo));
  }

  private Result list(WebRequest r) {
    Map<String, Object> model = new HashMap<>();
    Map<String, String> form = new LinkedHashMap<>();
    FILTERS.forEach(name -> form.put(name, r.param(name)));
    model.put("form", form);
    model.put("statuses", MessageStatus.values());
    model.put("events", com.passerelle.absence.AbsenceChanged.Event.values());
    model.put("endpoints", queries.endpoints());
    model.put("countCap", MessageQueries.COUNT_CAP);
    model.put("maxPeople", MessageQueries.MAX_PEOPLE);
    try {
      MessageFilter filter = filter(r);
      MessagePage page =
          queries.page(
              filter,
              MessageCursor.of(r.param("after"), r.param("before")),
              MessageQueries.PAGE_SIZE);
      model.put("filter", filter);
      model.put("page", page);
      model.put("owners", queries.ownerNames(page.items()));
      model.put("counts", queries.counts(filter.endpointId()));
      model.put("query", query(form));
    } catch (InvalidRequestException e) {
      // The form stays with what was typed and says what to fix: a 400, never an error page.
      r.response().setStatus(400);
      model.put("problem", e.getMessage());
    }
    return Result.view("webhook-messages", model);
  }

  private Result message(WebRequest r) {
    WebhookMessage m = queries.message(r.pathId(1));
    WebhookEndpoint endpoint = queries.endpoints().get(m.getEndpointId());
    String url = endpoint == null ? null : WebhookUrls.shownTo(r.isAdmin(), endpoint.getUrl());
    Map<String, Object> model = new HashMap<>();
    model.put("m", m);
    model.put("endpointUrl", url);
    model.put("endpoint", endpoint);
    model.put("owner", queries.ownerNames(List.of(m)).get(m.getOwnerId()));
    model.put("payload", PrettyJson.of(m.getPayload()));
    model.put("headers", SentHeaders.of(m, endpoint));
    model.put(
        "attempts",
        queries.attempts(m.getId()).stream()
            .map(a -> new AttemptView(a, FailureCause.of(a).failed() ? explain(a, url) : null))
            .toList());
    model.put(
        "cause", m.getStatus() == MessageStatus.FAILED ? FailureCause.of(m).explain(url) : null);
    model.put("canResync", MessageActions.canResync(m));
    model.put("canMarkProcessed", MessageActions.canMarkProcessed(m));
    model.put("maxNote", MarkProcessed.MAX_NOTE);
    return Result.view("webhook-message", model);
  }

  /** An attempt and, when it failed, its catalog explanation. */
  public record AttemptView(DeliveryAttempt attempt, ExplainedMessage explanation) {}

  private static ExplainedMessage explain(DeliveryAttempt a, String url) {
    return FailureCause.of(a).explain(url);
  }

  private Result resyncOne(WebRequest r) {
    r.requireAdmin();
    long id = r.pathId(1);
    try {
      resync.one(id);
      r.flash(Flash.Kind.SUCCESS, "Message " + id + " is re-synced: it is sent again now.");
    } catch (MessageStateException e) {
      r.flash(Flash.Kind.ERROR, e.getMessage());
    }
    return Result.redirect("/webhooks/messages/" + id);
  }

  private Result markProcessed(WebRequest r) {
    r.requireAdmin();
    long id = r.pathId(1);
    try {
      processed.mark(id, r.user(), r.raw().getParameter("note"));
      r.flash(
          Flash.Kind.SUCCESS,
          "Message " + id + " is marked as processed: it no longer counts as an error.");
    } catch (MessageStateException | InvalidRequestException e) {
      r.flash(Flash.Kind.ERROR, e.getMessage());
    }
    return Result.redirect("/webhooks/messages/" + id);
  }

  /** Re-syncs the failed messages of an endpoint over a period, or of one to-do group. */
  private Result resyncFailed(WebRequest r) {
    r.requireAdmin();
    boolean fromTodo = "todo".equals(r.param("back"));
    Map<String, String> back = new LinkedHashMap<>();
    back.put("endpoint", r.param("endpoint"));
    back.put("from", r.param("from"));
    back.put("to", r.param("to"));
    try {
      MessageFilter filter =
          MessageFilter.of(
              null, null, null, r.param("endpoint"), r.param("from"), r.param("to"), null);
      FailureCause cause = r.param("group") == null ? null : cause(r);
      Resync.Outcome done = resync.failedOf(filter, cause);
      r.flash(
          done.resynced() == 0 ? Flash.Kind.INFO : Flash.Kind.SUCCESS,
          done.resynced() == 0
              ? "No failed message to re-sync there."
              : done.resynced()
                  + " failed message"
                  + (done.resynced() == 1 ? " is" : "s are")
                  + " re-synced: they are sent again now."
                  + (done.more()
                      ? " More remain (at most " + Resync.BULK_MAX + " at a time): re-sync again."
                      : ""));
    } catch (InvalidRequestException e) {
      r.flash(Flash.Kind.ERROR, e.getMessage());
    }
    return Result.redirect(fromTodo ? "/webhooks/todo" : "/webhooks/messages" + query(back));
  }

  private Result todo(WebRequest r) {
    Map<String, Object> model = new HashMap<>();
    model.put("groups", todo.groups(r.isAdmin()));
    model.put("maxGroups", AdminTodo.MAX_GROUPS);
    model.put("bulkMax", Resync.BULK_MAX);
    return Result.view("webhook-todo", model);
  }

  private static MessageFilter filter(WebRequest r) {
    return MessageFilter.of(
        r.param("status"),
        r.param("event"),
        r.param("person"),
        r.param("endpoint"),
        r.param("from"),
        r.param("to"),
        r.param("absence"));
  }

  private static FailureCause cause(WebRequest r) {
    String http = r.param("http");
    Integer status;
    try {
      status = http == null ? null : Integer.valueOf(http);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("http must be an HTTP status, not \"" + http + "\"");
    }
    return new FailureCause(status, r.param("error"));
  }

  /** The filters as a query string ("?a=1&b=2", or "" when none), for links that keep them. */
  static String query(Map<String, String> params) {
    StringBuilder q = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            q.append(q.length() == 0 ? '?' : '&')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return q.toString();
  }
}
