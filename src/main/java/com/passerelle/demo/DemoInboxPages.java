package com.passerelle.demo;

import static com.passerelle.web.PageController.get;
import static com.passerelle.web.PageController.post;

import com.passerelle.common.NotFoundException;
import com.passerelle.config.AppConfig;
import com.passerelle.web.Flash;
import com.passerelle.web.PageController;
import com.passerelle.web.Result;
import com.passerelle.web.Route;
import com.passerelle.web.WebRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * What the demo inbox received, newest first, and the switch that makes it answer 500 (admins; a
 * demo-only page: not found without demo data).
 */
@ApplicationScoped
public class DemoInboxPages implements PageController {
  @Inject AppConfig config;
  @Inject DemoInbox inbox;

  @Override
  public List<Route> routes() {
    return List.of(get("/demo/inbox/calls", this::calls), post("/demo/inbox/calls", this::toggle));
  }

  private Result calls(WebRequest r) {
    demoOnly(r);
    return Result.view(
        "demo-inbox",
        Map.of(
            "calls", inbox.calls(),
            "received", inbox.received(),
            "failing", inbox.failing(),
            "capacity", DemoInbox.CAPACITY));
  }

  private Result toggle(WebRequest r) {
    demoOnly(r);
    boolean failing = "on".equals(r.param("answer500"));
    inbox.setFailing(failing);
    r.flash(
        Flash.Kind.SUCCESS,
        failing
            ? "The demo inbox now answers 500: watch the messages go through the retry cascade."
            : "The demo inbox answers 200 again.");
    return Result.redirect("/demo/inbox/calls");
  }

  private void demoOnly(WebRequest r) {
    if (!config.demoData()) {
      throw new NotFoundException("Page", "/demo/inbox/calls");
    }
    r.requireAdmin();
  }
}
