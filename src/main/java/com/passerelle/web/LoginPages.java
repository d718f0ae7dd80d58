package com.passerelle.web;

import static com.passerelle.web.PageController.get;
import static com.passerelle.web.PageController.post;

import com.passerelle.catalog.RequestError;
import com.passerelle.security.LoginMechanism;
import com.passerelle.security.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The log-in form and what follows its POST (checked by {@link LoginMechanism} before it gets
 * here): back to the page asked for, the form again with an error, or a wait (429). Log-out, and
 * the home redirect.
 */
@ApplicationScoped
public class LoginPages implements PageController {
  static final String HOME = "/flows";

  @Inject UserAccounts accounts;

  @Override
  public List<Route> routes() {
    return List.of(
        get("/", r -> Result.redirect(HOME)),
        // Browsers ask for it on every site; ours is an SVG among the static files.
        get("/favicon.ico", r -> Result.redirect("/static/favicon.svg")),
        get("/login", this::form),
        post("/login", this::submitted),
        post("/logout", this::logout));
  }

  private Result form(WebRequest r) {
    String next = safeNext(r.param("next"));
    if (r.user() != null && r.param("error") == null) {
      return Result.redirect(next);
    }
    return Result.view("login", model(r.param("error") != null, r.param("logout") != null, next));
  }

  private Result submitted(WebRequest r) {
    String next = safeNext(r.param("next"));
    if (r.user() != null) {
      return Result.redirect(next);
    }
    if (r.raw().getAttribute(LoginMechanism.LOCKED_SECONDS) instanceof Long seconds) {
      r.response().setStatus(429);
      r.response().setHeader("Retry-After", String.valueOf(seconds));
      Map<String, Object> model = model(false, false, next);
      model.put("locked", RequestError.TOO_MANY_LOGIN_ATTEMPTS.explain().title());
      model.put(
          "lockedDetail",
          RequestError.TOO_MANY_LOGIN_ATTEMPTS.detail(Map.of("seconds", String.valueOf(seconds))));
      return Result.view("login", model);
    }
    return Result.redirect(
        "/login?error=1"
            + (next.equals(HOME)
                ? ""
                : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
  }

  private Result logout(WebRequest r) throws Exception {
    LoginMechanism.logout(r.raw());
    return Result.redirect("/login?logout=1");
  }

  Map<String, Object> model(boolean error, boolean loggedOut, String next) {
    Map<String, Object> model = new HashMap<>();
    model.put("error", error);
    model.put("wrong", RequestError.WRONG_CREDENTIALS.explain().title());
    model.put("loggedOut", loggedOut);
    model.put("next", next.equals(HOME) ? null : next);
    model.put("demo", accounts.registry() == UserAccounts.Registry.DEMO);
    if (accounts.registry() == UserAccounts.Registry.NONE) {
      model.put("noAccounts", RequestError.NO_USER_ACCOUNTS.explain());
    }
    return model;
  }

  /** Where to go after log-in: a path of this site only, never another site (open redirect). */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.startsWith("/login")
        || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
      return HOME;
    }
    return next;
  }
}
