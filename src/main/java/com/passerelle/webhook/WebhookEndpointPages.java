package com.passerelle.webhook;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer endpoints: the list (admins and report viewers; viewers see each URL's server only) and
 * the create and edit form (admins). Keys are never shown back, only whether one is stored.
 */
@ApplicationScoped
public class WebhookEndpointPages implements PageController {
  @Inject WebhookEndpoints endpoints;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/webhooks/endpoints", this::list),
        get("/webhooks/endpoints/new", this::newForm),
        post("/webhooks/endpoints/new", this::create),
        get("/webhooks/endpoints/(\\d+)/edit", this::editForm),
        post("/webhooks/endpoints/(\\d+)/edit", this::save));
  }

  private Result list(WebRequest r) {
    List<WebhookEndpoint> all = endpoints.list();
    Map<Long, String> servers = new HashMap<>();
    for (WebhookEndpoint e : all) {
      servers.put(
          e.getId(), WebhookUrls.problem(e.getUrl()) == null ? WebhookUrls.server(e.getUrl()) : "");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("endpoints", all);
    model.put("servers", servers);
    return Result.view("webhook-endpoints", model);
  }

  private Result newForm(WebRequest r) {
    r.requireAdmin();
    return form(null, new HashMap<>(Map.of("active", "on", "eventsMode", "ALL")), Map.of());
  }

  private Result create(WebRequest r) {
    r.requireAdmin();
    try {
      WebhookEndpoint e = endpoints.create(read(r));
      r.flash(Flash.Kind.SUCCESS, "Endpoint " + e.getName() + " created.");
      return Result.redirect("/webhooks/endpoints");
    } catch (EndpointException.Invalid e) {
      return form(null, values(r), e.byField());
    } catch (EndpointException e) {
      return form(null, values(r), Map.of("name", e.getMessage()));
    }
  }

  private Result editForm(WebRequest r) {
    r.requireAdmin();
    WebhookEndpoint e = endpoints.get(r.pathId(1));
    Map<String, String> v = new HashMap<>();
    v.put("name", e.getName());
    v.put("url", e.getUrl());
    v.put("eventsMode", e.getEventsMode().name());
    if (e.isActive()) {
      v.put("active", "on");
    }
    v.put("version", String.valueOf(e.getVersion()));
    return form(e, v, Map.of());
  }

  private Result save(WebRequest r) {
    r.requireAdmin();
    long id = r.pathId(1);
    try {
      WebhookEndpoint e = endpoints.update(id, read(r));
      r.flash(Flash.Kind.SUCCESS, "Endpoint " + e.getName() + " saved.");
      return Result.redirect("/webhooks/endpoints");
    } catch (EndpointException.Invalid e) {
      return form(endpoints.get(id), values(r), e.byField());
    } catch (EndpointException e) {
      return form(endpoints.get(id), values(r), Map.of("name", e.getMessage()));
    }
  }

  private static EndpointDefinition read(WebRequest r) {
    Long version = null;
    if (r.param("version") != null) {
      try {
        version = Long.parseLong(r.param("version"));
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("version must be a number");
      }
    }
    return new EndpointDefinition(
        r.param("name"),
        r.param("url"),
        r.param("authKey"),
        r.param("signingSecret"),
        r.param("removeSigningSecret") != null,
        r.param("eventsMode"),
        r.param("active") != null,
        version);
  }

  /** The submitted values, shown again beside their problems (secrets left out). */
  private static Map<String, String> values(WebRequest r) {
    Map<String, String> v = new HashMap<>();
    for (String name : List.of("name", "url", "eventsMode", "active", "version")) {
      if (r.param(name) != null) {
        v.put(name, r.param(name));
      }
    }
    return v;
  }

  private static Result form(WebhookEndpoint e, Map<String, String> v, Map<String, String> errors) {
    Map<String, Object> model = new HashMap<>();
    model.put("endpoint", e);
    model.put("v", v);
    model.put("errors", errors);
    model.put("modes", EventsMode.values());
    return Result.view("webhook-endpoint-edit", model);
  }
}
