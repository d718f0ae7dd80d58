package com.passerelle.web;

import static com.passerelle.web.PageController.get;
import static com.passerelle.web.PageController.post;

import com.passerelle.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;

/** Login form (Liberty form login posts to j_security_check), logout, and the home redirect. */
@ApplicationScoped
public class LoginPages implements PageController {
  @Inject AppConfig config;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/", r -> Result.redirect("/flows")),
        get("/login", this::login),
        post("/logout", this::logout));
  }

  private Result login(WebRequest r) {
    if (r.user() != null && r.param("error") == null) {
      return Result.redirect("/flows");
    }
    return Result.view(
        "login",
        Map.of(
            "error", r.param("error") != null,
            "loggedOut", r.param("logout") != null,
            "demo", config.demoData()));
  }

  private Result logout(WebRequest r) throws Exception {
    r.raw().logout();
    HttpSession session = r.raw().getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Result.redirect("/login?logout=1");
  }
}
