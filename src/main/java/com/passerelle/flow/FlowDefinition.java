package com.passerelle.flow;

import java.util.List;
import java.util.Map;

/**
 * What an admin gives to create or replace a flow (API body and form). Field names are the person
 * field keys (first_name, email, ...); mapping values are source column names. Secrets left empty
 * keep the stored ones; {@code version}, when given, must be the flow's current version. Line
 * rules: allowed values per field, accepted email domains (domain to entity), the oldest start date
 * in days. Template rules (journey creation flows) are ordered: the first that matches a line
 * chooses its template, else the default template.
 */
public record FlowDefinition(
    String name,
    String description,
    String sourceType,
    String delimiter,
    String dateFormat,
    Map<String, String> mapping,
    List<String> requiredFields,
    String filterField,
    String filterValues,
    Boolean active,
    Sftp sftp,
    Hris hris,
    Schedule schedule,
    Long version,
    Map<String, List<String>> valueLists,
    Map<String, String> emailDomains,
    Integer startDateMaxAgeDays,
    Boolean resolveStakeholders,
    String purpose,
    String defaultTemplate,
    List<TemplateRuleDefinition> templateRules) {

  /** A template rule: when every field has its value, the journey gets the template. */
  public record TemplateRuleDefinition(String template, Map<String, String> when) {}

  /** An SFTP connection; password and private key are write-only. */
  public record Sftp(
      String host,
      Integer port,
      String user,
      String password,
      String privateKey,
      String hostKey,
      String remoteFolder,
      String filePattern,
      String archiveFolder,
      String failedFolder) {
    @Override
    public String toString() {
      return "Sftp[" + user + "@" + host + ":" + port + remoteFolder + "]";
    }
  }

  /** An HRIS API connection; the API key and the inbound webhook secret are write-only. */
  public record Hris(String baseUrl, String integrationId, String apiKey, String webhookSecret) {
    @Override
    public String toString() {
      return "Hris[" + baseUrl + ", " + integrationId + "]";
    }
  }

  /** A cron expression (minute hour day month weekday) and its time zone. */
  public record Schedule(String cron, String timeZone) {}
}
