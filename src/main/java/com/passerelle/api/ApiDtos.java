package com.passerelle.api;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.catalog.Params;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowDefinition;
import com.passerelle.flow.HrisAccess;
import com.passerelle.flow.SftpAccess;
import com.passerelle.flow.SourceType;
import com.passerelle.run.Line;
import com.passerelle.run.LineMessage;
import com.passerelle.run.LineStatus;
import com.passerelle.run.Run;
import com.passerelle.schedule.FlowTrigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API: explicit records, so entities can change without breaking it. */
public final class ApiDtos {
  private ApiDtos() {}

  public record FlowDto(
      long id,
      long version,
      String name,
      String description,
      String sourceType,
      boolean active,
      String delimiter,
      String dateFormat,
      Map<String, String> mapping,
      List<String> requiredFields,
      List<String> requiredColumns,
      String filterField,
      String filterValues,
      SftpDto sftp,
      HrisDto hris,
      ScheduleDto schedule,
      Map<String, List<String>> valueLists,
      Map<String, String> emailDomains,
      Integer startDateMaxAgeDays,
      boolean resolveStakeholders,
      String purpose,
      String defaultTemplate,
      List<FlowDefinition.TemplateRuleDefinition> templateRules) {
    static FlowDto of(Flow f) {
      Map<String, String> mapping = new LinkedHashMap<>();
      f.getMapping().forEach((k, v) -> mapping.put(k.key(), v));
      return new FlowDto(
          f.getId(),
          f.getVersion(),
          f.getName(),
          f.getDescription(),
          f.getSourceType().name(),
          f.isActive(),
          f.getDelimiter(),
          f.getDateFormat(),
          mapping,
          f.getRequiredFields().stream().map(x -> x.key()).toList(),
          f.requiredColumns(),
          f.getFilterField() == null ? null : f.getFilterField().key(),
          f.getFilterValues(),
          f.getSourceType() == SourceType.SFTP ? SftpDto.of(f.getSftp()) : null,
          f.getSourceType() == SourceType.HRIS_API ? HrisDto.of(f.getHris()) : null,
          f.getSchedule().isSet()
              ? new ScheduleDto(f.getSchedule().getCron(), f.getSchedule().getTimeZone())
              : null,
          valueLists(f),
          Map.copyOf(f.getEmailDomains()),
          f.getStartDateMaxAgeDays(),
          f.isResolveStakeholders(),
          f.getPurpose().name(),
          f.getDefaultTemplate(),
          templateRules(f));
    }

    private static List<FlowDefinition.TemplateRuleDefinition> templateRules(Flow f) {
      List<FlowDefinition.TemplateRuleDefinition> rules = new ArrayList<>();
      for (var rule : f.getTemplateRules()) {
        Map<String, String> when = new LinkedHashMap<>();
        rule.when().forEach((field, value) -> when.put(field.key(), value));
        rules.add(new FlowDefinition.TemplateRuleDefinition(rule.template(), when));
      }
      return rules;
    }

    /** The allowed values, when loaded (a single flow's answer; lists are not in the list). */
    private static Map<String, List<String>> valueLists(Flow f) {
      if (!org.hibernate.Hibernate.isInitialized(f.getAllowedValues())) {
        return null;
      }
      Map<String, List<String>> lists = new LinkedHashMap<>();
      f.getAllowedValues()
          .forEach(
              a -> lists.computeIfAbsent(a.field().key(), k -> new ArrayList<>()).add(a.value()));
      return lists;
    }
  }

  /** A flow for report viewers: where it connects to is for admins only. */
  static FlowDto forViewer(Flow f) {
    FlowDto d = FlowDto.of(f);
    return new FlowDto(
        d.id(),
        d.version(),
        d.name(),
        d.description(),
        d.sourceType(),
        d.active(),
        d.delimiter(),
        d.dateFormat(),
        d.mapping(),
        d.requiredFields(),
        d.requiredColumns(),
        d.filterField(),
        d.filterValues(),
        null,
        null,
        d.schedule(),
        d.valueLists(),
        d.emailDomains(),
        d.startDateMaxAgeDays(),
        d.resolveStakeholders(),
        d.purpose(),
        d.defaultTemplate(),
        d.templateRules());
  }

  /** An SFTP connection as the API shows it: secrets only say whether one is stored. */
  public record SftpDto(
      String host,
      int port,
      String user,
      String hostKey,
      String remoteFolder,
      String filePattern,
      String archiveFolder,
      String failedFolder,
      boolean passwordStored,
      boolean privateKeyStored) {
    static SftpDto of(SftpAccess c) {
      return new SftpDto(
          c.getHost(),
          c.getPort(),
          c.getUser(),
          c.getHostKey(),
          c.getRemoteFolder(),
          c.getFilePattern(),
          c.getArchiveFolder(),
          c.getFailedFolder(),
          c.hasPassword(),
          c.hasPrivateKey());
    }
  }

  /** An HRIS API connection as the API shows it: secrets only say whether one is stored. */
  public record HrisDto(
      String baseUrl,
      String integrationId,
      boolean apiKeyStored,
      boolean webhookSecretStored,
      Instant updatedAfter) {
    static HrisDto of(HrisAccess c) {
      return new HrisDto(
          c.getBaseUrl(),
          c.getIntegrationId(),
          c.hasApiKey(),
          c.hasWebhookSecret(),
          c.getUpdatedAfter());
    }
  }

  public record ScheduleDto(String cron, String timeZone) {}

  public record TriggerDto(
      String firedAt, String source, String outcome, Long runId, String detail) {
    static TriggerDto of(FlowTrigger t) {
      return new TriggerDto(
          String.valueOf(t.getFiredAt()),
          t.getSource().name(),
          t.getOutcome().name(),
          t.getRunId(),
          t.getDetail());
    }
  }

  public record MessageDto(
      String code,
      String severity,
      String category,
      String title,
      String cause,
      String action,
      Map<String, String> params) {
    static MessageDto of(String code, Map<String, String> params) {
      ExplainedMessage m = MessageCatalog.standard().explain(code, params);
      return new MessageDto(
          code, m.severity().name(), m.category(), m.title(), m.cause(), m.action(), params);
    }
  }

  public record RunDto(
      long id,
      long flowId,
      String trigger,
      String state,
      String startedAt,
      String endedAt,
      String startedBy,
      String sourceName,
      Map<String, Long> counts,
      long total,
      MessageDto error,
      String server,
      boolean dryRun,
      Long rerunOf) {
    static RunDto of(Run r) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (LineStatus s : LineStatus.values()) {
        counts.put(s.name(), r.count(s));
      }
      return new RunDto(
          r.getId(),
          r.getFlowId(),
          r.getTrigger().name(),
          r.getState().name(),
          String.valueOf(r.getStartedAt()),
          r.getEndedAt() == null ? null : r.getEndedAt().toString(),
          r.getStartedBy(),
          r.getSourceName(),
          counts,
          r.getTotalCount(),
          r.getErrorCode() == null ? null : MessageDto.of(r.getErrorCode(), r.getErrorParams()),
          r.getState().finished() ? null : r.getLeaseOwner(), // which server runs it now
          r.isDryRun(),
          r.getRerunOf());
    }
  }

  public record LineDto(
      int lineNumber,
      String status,
      String externalId,
      String firstName,
      String lastName,
      String email,
      Map<String, String> sourceValues,
      List<MessageDto> messages) {
    static LineDto of(Line l) {
      return new LineDto(
          l.getLineNumber(),
          l.getStatus().name(),
          l.getExternalId(),
          l.getFirstName(),
          l.getLastName(),
          l.getEmail(),
          Params.decode(l.getSourceValues()),
          l.getMessages().stream().map(ApiDtos::message).toList());
    }
  }

  private static MessageDto message(LineMessage m) {
    return MessageDto.of(m.getCode(), m.getParams());
  }

  /**
   * A keyset page of lines: {@code next} and {@code previous} are links (null at either end); the
   * total of a text search is counted up to 1000 ({@code totalCapped} beyond).
   */
  public record LinePageDto(
      List<LineDto> items,
      int size,
      long total,
      boolean totalCapped,
      String next,
      String previous) {}
}
