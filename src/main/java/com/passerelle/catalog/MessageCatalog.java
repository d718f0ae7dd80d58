package com.passerelle.catalog;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place error texts come from: code → title, cause, action (seed 000), with named {@code
 * {placeholders}} filled from the message parameters. Pure Java so unit tests and pages share it.
 */
public final class MessageCatalog {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");
  private static final MessageCatalog DEFAULT = new MessageCatalog("catalog.messages");

  private final ResourceBundle bundle;

  public MessageCatalog(String bundleName) {
    this.bundle = ResourceBundle.getBundle(bundleName);
  }

  public static MessageCatalog standard() {
    return DEFAULT;
  }

  public ExplainedMessage explain(String code, Map<String, String> params) {
    Severity severity = severityOf(code);
    if (!bundle.containsKey(code + ".title")) {
      // An unknown code (e.g. an HTTP status we have no text for) still gets a readable entry.
      return new ExplainedMessage(
          code,
          severity,
          text("UNKNOWN.category", params),
          render(text("UNKNOWN.title", params), Map.of("code", code)),
          text("UNKNOWN.cause", params),
          text("UNKNOWN.action", params));
    }
    return new ExplainedMessage(
        code,
        severity,
        text(code + ".category", params),
        text(code + ".title", params),
        text(code + ".cause", params),
        text(code + ".action", params));
  }

  /**
   * A failure's code as its integration explains it: an HTTP status ("401") has texts per
   * integration type ({@code OUTBOUND_WEBHOOK.401}, then its class {@code OUTBOUND_WEBHOOK.4xx}
   * with {status}); our own codes read as {@link #explain(String, Map)}.
   */
  public ExplainedMessage explain(IntegrationType type, String code, Map<String, String> params) {
    if (type == null || code == null || !code.matches("[1-5]\\d\\d")) {
      return explain(code, params);
    }
    for (String key :
        new String[] {type.name() + "." + code, type.name() + "." + code.charAt(0) + "xx"}) {
      if (bundle.containsKey(key + ".title")) {
        Map<String, String> all = new java.util.HashMap<>(params == null ? Map.of() : params);
        all.putIfAbsent("status", code);
        return new ExplainedMessage(
            code,
            Severity.ERROR,
            text(key + ".category", all),
            text(key + ".title", all),
            text(key + ".cause", all),
            text(key + ".action", all));
      }
    }
    return explain(code, params);
  }

  public ExplainedMessage explain(ErrorCode code, Map<String, String> params) {
    return explain(code.name(), params);
  }

  /** True when the catalog has texts for this code: a test walks every {@link ErrorCode}. */
  public boolean knows(String code) {
    return bundle.containsKey(code + ".title")
        && bundle.containsKey(code + ".cause")
        && bundle.containsKey(code + ".action")
        && bundle.containsKey(code + ".category");
  }

  private static Severity severityOf(String code) {
    try {
      return ErrorCode.valueOf(code).severity();
    } catch (IllegalArgumentException notOurs) {
      return Severity.ERROR;
    }
  }

  private String text(String key, Map<String, String> params) {
    try {
      return render(bundle.getString(key), params);
    } catch (MissingResourceException e) {
      return "";
    }
  }

  static String render(String template, Map<String, String> params) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = params == null ? null : params.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
