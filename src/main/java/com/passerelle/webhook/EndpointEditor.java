package com.passerelle.webhook;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a definition against an endpoint (new or stored) and says every problem at once, by field;
 * applies the plain settings. Secrets are checked here and sealed by the service, which knows the
 * endpoint's id.
 */
final class EndpointEditor {
  static final int NAME = 120;
  static final int SECRET_BYTES = 1000;

  private final Map<String, String> problems = new LinkedHashMap<>();

  /** The key to seal (null: keep the stored one), after the checks. */
  String authKey;

  /** The signing secret to seal (null: keep, unless {@link #removeSigning}). */
  String signingSecret;

  boolean removeSigning;

  void apply(EndpointDefinition def, WebhookEndpoint e, boolean hasKey) {
    String name = trim(def.name());
    if (name == null) {
      problems.put("name", "the name is required");
    } else if (name.length() > NAME) {
      problems.put("name", "the name is longer than " + NAME + " characters");
    }
    String url = trim(def.url());
    String urlProblem = WebhookUrls.problem(url);
    if (urlProblem != null) {
      problems.put("url", urlProblem);
    }
    EventsMode mode = mode(def.eventsMode());
    authKey = key(def.authKey());
    boolean moved =
        urlProblem == null
            && e.getUrl() != null
            && WebhookUrls.problem(e.getUrl()) == null
            && !WebhookUrls.origin(e.getUrl()).equals(WebhookUrls.origin(url));
    if (authKey == null && !problems.containsKey("authKey")) {
      if (moved) {
        problems.put(
            "authKey",
            "the URL's server changed: give its authorization key again (the stored one is only"
                + " sent to the server it was given for)");
      } else if (!hasKey) {
        problems.put("authKey", "the authorization key is required (sent as Authorization: Basic)");
      }
    }
    signing(def);
    if (problems.isEmpty()) {
      e.setName(name);
      e.setUrl(url);
      e.setEventsMode(mode);
      e.setActive(def.active() == null || def.active());
    }
  }

  private EventsMode mode(String value) {
    if (value == null || value.isBlank()) {
      return EventsMode.ALL;
    }
    try {
      return EventsMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.put("eventsMode", "eventsMode must be ALL or APPROVED_ONLY");
      return null;
    }
  }

  /**
   * The key as the customer gave it, sent after "Basic " (seeds: "Authorization: Basic
   * YWxhZGRpbjpvcGVuc2VzYW1l"); a pasted "Basic " in front is dropped. Header-safe only.
   */
  private String key(String value) {
    String key = trim(value);
    if (key == null) {
      return null;
    }
    if (key.regionMatches(true, 0, "Basic ", 0, 6)) {
      key = key.substring(6).trim();
    }
    if (key.isEmpty()) {
      problems.put("authKey", "give the key that follows \"Basic \"");
    } else if (!key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      problems.put("authKey", "the authorization key holds characters a header cannot carry");
    } else if (key.getBytes(StandardCharsets.UTF_8).length > SECRET_BYTES) {
      problems.put("authKey", "the authorization key is longer than " + SECRET_BYTES + " bytes");
    }
    return key;
  }

  private void signing(EndpointDefinition def) {
    removeSigning = Boolean.TRUE.equals(def.removeSigningSecret());
    signingSecret = trim(def.signingSecret());
    if (signingSecret != null) {
      String why = Signature.problem(signingSecret);
      if (why != null) {
        problems.put("signingSecret", why);
      }
      if (removeSigning) {
        problems.put("signingSecret", "give a new signing secret or remove it, not both");
      }
    }
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new EndpointException.Invalid(problems);
    }
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
