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
   * The entry of a code where no message fills it (the catalog page, the summary of errors): each
   * {@code {name}} shown as {@code ‹name›}, so the page never shows raw braces as if a value were
   * missing.
   */
  public ExplainedMessage explainGeneric(String code) {
    ExplainedMessage m = explain(code, Map.of());
    return new ExplainedMessage(
        m.code(),
        m.severity(),
        generic(m.category()),
        generic(m.title()),
        generic(m.cause()),
        generic(m.action()));
  }

  /** Each placeholder left unfilled as {@code ‹name›}. */
  static String generic(String text) {
    return PLACEHOLDER
        .matcher(text)
        .replaceAll(r -> Matcher.quoteReplacement("‹" + r.group(1) + "›"));
  }

  /**
   * A failure's code as its integration explains it: a code with texts of its own for this type
   * ({@code OUTBOUND_WEBHOOK.401}, {@code INBOUND_HRIS_API.503}, ...), then for an HTTP status its
   * class ({@code OUTBOUND_WEBHOOK.4xx} with {status}); otherwise the code's own entry, as {@link
   * #explain(String, Map)}. The common-errors catalog ({@link CommonErrors}) shows the same texts.
   */
  public ExplainedMessage explain(IntegrationType type, String code, Map<String, String> params) {
    if (type == null || code == null) {
      return explain(code, params);
    }
    boolean http = code.matches("[1-5]\\d\\d");
    String[] keys =
        http
            ? new String[] {type.name() + "." + code, type.name() + "." + code.charAt(0) + "xx"}
            : new String[] {type.name() + "." + code};
    for (String key : keys) {
      if (bundle.containsKey(key + ".title")) {
        Map<String, String> all = new java.util.HashMap<>(params == null ? Map.of() : params);
        all.putIfAbsent("status", code);
        String category = text(key + ".category", all);
        return new ExplainedMessage(
            code,
            http ? Severity.ERROR : severityOf(code),
            category.isEmpty() ? type.label() : category,
            text(key + ".title", all),
            text(key + ".cause", all),
            text(key + ".action", all));
      }
    }
    return explain(code, params);
  }

  /** The explanation with placeholders shown as ‹name› (the catalog page, an unfilled code). */
  public ExplainedMessage explainGeneric(IntegrationType type, String code) {
    ExplainedMessage m = explain(type, code, Map.of());
    return new ExplainedMessage(
        m.code(),
        m.severity(),
        generic(m.category()),
        generic(m.title()),
        generic(m.cause()),
        generic(m.action()));
  }

  /** The raw text of a key, or null: {@link CommonErrors} reads its own keys through this. */
  String raw(String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : null;
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
