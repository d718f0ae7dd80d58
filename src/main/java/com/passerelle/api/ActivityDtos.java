package com.passerelle.api;

import com.passerelle.catalog.MessageCatalog;
import com.passerelle.run.ActivityLine;
import com.passerelle.run.LineMessage;
import com.passerelle.run.LineStatus;
import com.passerelle.run.RunProgress;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of a flow's Activity (its live runs and its lines across runs). */
public final class ActivityDtos {
  private ActivityDtos() {}

  /**
   * The runs a flow's Activity page follows: in progress, those it asked about and those newer than
   * the one it knew; {@code newestRunId}: the newest run id seen, its next {@code newerThan}.
   */
  public record ActivityDto(long flowId, List<RunProgressDto> runs, long newestRunId) {}

  /**
   * Where a run stands: {@code done} lines (its counters) of {@code total} (the file's data lines;
   * absent when not known), {@code percent}, and {@code text} as the page shows it.
   */
  public record RunProgressDto(
      long id,
      String state,
      String stateLabel,
      String stateCss,
      boolean finished,
      long done,
      Long total,
      Integer percent,
      String text,
      String sourceName,
      String startedAt,
      String endedAt,
      List<CountDto> counts,
      boolean dryRun) {
    static RunProgressDto of(RunProgress p) {
      return new RunProgressDto(
          p.runId(),
          p.state().name(),
          p.state().label(),
          css(p.state()),
          p.finished(),
          p.done(),
          p.total(),
          p.percent(),
          p.text(),
          p.sourceName(),
          String.valueOf(p.startedAt()),
          p.endedAt() == null ? null : p.endedAt().toString(),
          java.util.Arrays.stream(LineStatus.values())
              .map(s -> new CountDto(s.name(), s.label(), css(s), p.counts().get(s)))
              .toList(),
          p.dryRun());
    }
  }

  public record CountDto(String status, String label, String css, long count) {}

  /**
   * One line of the line view: its run ({@code dryRun}: a dry run's line created nothing), its
   * place, who, and its first message's title.
   */
  public record ActivityLineDto(
      long runId,
      boolean dryRun,
      int lineNumber,
      String status,
      String firstName,
      String lastName,
      String email,
      String message,
      String messageCode) {
    static ActivityLineDto of(ActivityLine a) {
      LineMessage m = a.firstMessage();
      return new ActivityLineDto(
          a.run().getId(),
          a.run().isDryRun(),
          a.line().getLineNumber(),
          a.line().getStatus().name(),
          a.line().getFirstName(),
          a.line().getLastName(),
          a.line().getEmail(),
          m == null ? null : MessageCatalog.standard().explain(m.getCode(), m.getParams()).title(),
          m == null ? null : m.getCode());
    }
  }

  /**
   * A page of the line view: {@code next} and {@code previous} are links keeping the filters
   * (absent at either end); {@code runsCapped}: the page probed its limit of runs without filling.
   * {@code complete}: every run of the period was searched (not capped, no run where the text
   * matched too many lines), so an empty page means no line matches.
   */
  public record ActivityLinesDto(
      String from,
      String to,
      List<ActivityLineDto> items,
      String next,
      String previous,
      int runsProbed,
      boolean runsCapped,
      List<Long> tooBroad,
      boolean complete) {}

  static String css(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
