package com.passerelle.flow;

import com.passerelle.web.WebRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flow form as a definition, and a flow as the form's values. Input names are the definition's
 * field paths ({@code sftp.port}, {@code mapping.email}), the same keys the problems use, so each
 * problem lands beside its input. Secret inputs are never filled back.
 */
final class FlowForm {
  private FlowForm() {}

  static FlowDefinition read(WebRequest r) {
    Map<String, String> mapping = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (PersonField field : PersonField.values()) {
      String column = r.param("mapping." + field.key());
      if (column != null) {
        mapping.put(field.key(), column);
      }
      if (r.param("required." + field.key()) != null) {
        required.add(field.key());
      }
    }
    return new FlowDefinition(
        r.param("name"),
        r.param("description"),
        r.param("sourceType"),
        r.param("delimiter"),
        r.param("dateFormat"),
        mapping,
        required,
        r.param("filterField"),
        r.param("filterValues"),
        r.param("active") != null,
        new FlowDefinition.Sftp(
            r.param("sftp.host"),
            port(r.param("sftp.port")),
            r.param("sftp.user"),
            r.param("sftp.password"),
            r.param("sftp.privateKey"),
            r.param("sftp.hostKey"),
            r.param("sftp.remoteFolder"),
            r.param("sftp.filePattern"),
            r.param("sftp.archiveFolder"),
            r.param("sftp.failedFolder")),
        new FlowDefinition.Hris(
            r.param("hris.baseUrl"),
            r.param("hris.integrationId"),
            r.param("hris.apiKey"),
            r.param("hris.webhookSecret")),
        new FlowDefinition.Schedule(r.param("schedule.cron"), r.param("schedule.timeZone")),
        version(r.param("version")),
        valueLists(r),
        emailDomains(r.param("emailDomains")),
        days(r.param("startDateMaxAgeDays")),
        r.param("resolveStakeholders") != null,
        r.param("purpose"),
        r.param("defaultTemplate"),
        templateRules(r.param("templateRules")));
  }

  /**
   * A textarea of rules, one per line: {@code contract_type = permanent; nationality = French =>
   * Template X}. A line the form cannot split becomes a rule the editor refuses with its number.
   */
  static List<FlowDefinition.TemplateRuleDefinition> templateRules(String text) {
    List<FlowDefinition.TemplateRuleDefinition> rules = new ArrayList<>();
    if (text == null) {
      return rules;
    }
    text.lines()
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .forEach(
            l -> {
              int arrow = l.lastIndexOf("=>");
              String template = arrow < 0 ? null : l.substring(arrow + 2).trim();
              Map<String, String> when = new LinkedHashMap<>();
              for (String condition : (arrow < 0 ? l : l.substring(0, arrow)).split(";")) {
                int eq = condition.indexOf('=');
                if (eq > 0) {
                  when.put(condition.substring(0, eq).trim(), condition.substring(eq + 1).trim());
                } else if (!condition.isBlank()) {
                  when.put(condition.trim(), null); // "needs a value"
                }
              }
              rules.add(new FlowDefinition.TemplateRuleDefinition(template, when));
            });
    return rules;
  }

  /** The rules as the textarea shows them. */
  static String templateRulesText(List<TemplateRule> rules) {
    StringBuilder text = new StringBuilder();
    for (TemplateRule rule : rules) {
      List<String> conditions = new ArrayList<>();
      rule.when().forEach((field, value) -> conditions.add(field.key() + " = " + value));
      text.append(String.join("; ", conditions))
          .append(" => ")
          .append(rule.template())
          .append('\n');
    }
    return text.toString();
  }

  /** One textarea per field, a value per line. */
  private static Map<String, List<String>> valueLists(WebRequest r) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (PersonField field : PersonField.values()) {
      String text = r.param("valueList." + field.key());
      if (text != null) {
        lists.put(field.key(), text.lines().map(String::trim).filter(v -> !v.isEmpty()).toList());
      }
    }
    return lists;
  }

  /** A textarea of "domain = entity" lines (the entity defaults to the domain). */
  private static Map<String, String> emailDomains(String text) {
    Map<String, String> domains = new LinkedHashMap<>();
    if (text != null) {
      text.lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty())
          .forEach(
              l -> {
                int eq = l.indexOf('=');
                String domain = (eq < 0 ? l : l.substring(0, eq)).trim();
                domains.put(domain, eq < 0 ? domain : l.substring(eq + 1).trim());
              });
    }
    return domains;
  }

  private static Integer days(String value) {
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return -1; // out of range: the problem says so beside the input
    }
  }

  /** The values to show for a saved flow (no secret among them). */
  static Map<String, String> valuesOf(Flow flow) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("name", flow.getName());
    v.put("description", flow.getDescription());
    v.put("sourceType", flow.getSourceType().name());
    v.put("delimiter", flow.getDelimiter());
    v.put("dateFormat", flow.getDateFormat());
    flow.getMapping().forEach((field, column) -> v.put("mapping." + field.key(), column));
    flow.getRequiredFields().forEach(field -> v.put("required." + field.key(), "on"));
    v.put("filterField", flow.getFilterField() == null ? null : flow.getFilterField().key());
    v.put("filterValues", flow.getFilterValues());
    v.put("active", flow.isActive() ? "on" : null);
    SftpAccess sftp = flow.getSftp();
    v.put("sftp.host", sftp.getHost());
    v.put("sftp.port", sftp.getHost() == null ? null : String.valueOf(sftp.getPort()));
    v.put("sftp.user", sftp.getUser());
    v.put("sftp.hostKey", sftp.getHostKey());
    v.put("sftp.remoteFolder", sftp.getRemoteFolder());
    v.put("sftp.filePattern", sftp.getFilePattern());
    v.put("sftp.archiveFolder", sftp.getArchiveFolder());
    v.put("sftp.failedFolder", sftp.getFailedFolder());
    v.put("hris.baseUrl", flow.getHris().getBaseUrl());
    v.put("hris.integrationId", flow.getHris().getIntegrationId());
    v.put("schedule.cron", flow.getSchedule().getCron());
    v.put("schedule.timeZone", flow.getSchedule().getTimeZone());
    v.put("version", flow.getId() == null ? null : String.valueOf(flow.getVersion()));
    Map<PersonField, StringBuilder> lists = new LinkedHashMap<>();
    flow.getAllowedValues()
        .forEach(
            a ->
                lists
                    .computeIfAbsent(a.field(), f -> new StringBuilder())
                    .append(a.value())
                    .append('\n'));
    lists.forEach((field, text) -> v.put("valueList." + field.key(), text.toString()));
    StringBuilder domains = new StringBuilder();
    flow.getEmailDomains()
        .forEach((d, e) -> domains.append(d).append(" = ").append(e).append('\n'));
    v.put("emailDomains", domains.toString());
    Integer days = flow.getStartDateMaxAgeDays();
    v.put("startDateMaxAgeDays", days == null ? null : String.valueOf(days));
    v.put("resolveStakeholders", flow.isResolveStakeholders() ? "on" : null);
    v.put("purpose", flow.getPurpose().name());
    v.put("defaultTemplate", flow.getDefaultTemplate());
    v.put("templateRules", templateRulesText(flow.getTemplateRules()));
    return v;
  }

  /** The submitted values, shown again beside their problems (secrets left out). */
  static Map<String, String> valuesOf(WebRequest r) {
    Map<String, String> v = new LinkedHashMap<>();
    r.raw()
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!isSecret(name) && values.length > 0) {
                v.put(name, values[0]);
              }
            });
    return v;
  }

  private static boolean isSecret(String name) {
    return name.equals("_csrf")
        || name.equals("sftp.password")
        || name.equals("sftp.privateKey")
        || name.equals("hris.apiKey")
        || name.equals("hris.webhookSecret");
  }

  /** A port that is not a number is out of range (-1): the problem says so beside the input. */
  private static Integer port(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Long version(String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
