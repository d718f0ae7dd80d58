package com.passerelle.report;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.failure.Failure;
import com.passerelle.failure.FailureLog;
import com.passerelle.failure.FailureLog.FlowCodeCount;
import com.passerelle.flow.Flow;
import com.passerelle.run.Line;
import com.passerelle.run.RunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary of errors by flow (seed 000's classic interface): over a period, per flow, how many
 * failures of each code, from the recorded failures (one index range, grouped in the database);
 * and, for one flow and code, the failures themselves with the lines they point to.
 */
@ApplicationScoped
public class ErrorSummary {
  public static final int PAGE_SIZE = 50;

  @Inject FailureLog failures;
  @Inject RunRepository runs;

  /** One code of a flow: its catalog title, how many failures, the last day it happened. */
  public record CodeCount(
      String code, String title, String category, boolean lineLevel, long count, LocalDate last) {}

  /** A flow's errors, most frequent first. */
  public record FlowErrors(Long flowId, String flowName, long total, List<CodeCount> codes) {}

  public List<FlowErrors> summary(ReportPeriod period, Long flowId, Map<Long, Flow> flows) {
    Map<Long, List<FlowCodeCount>> byFlow = new TreeMap<>(Comparator.nullsLast(Long::compare));
    for (FlowCodeCount c : failures.countsByFlow(period.from(), period.to(), flowId)) {
      byFlow.computeIfAbsent(c.flowId(), k -> new ArrayList<>()).add(c);
    }
    List<FlowErrors> result = new ArrayList<>();
    byFlow.forEach(
        (flow, counts) -> {
          List<CodeCount> codes =
              counts.stream()
                  .sorted(
                      Comparator.comparingLong(FlowCodeCount::count)
                          .reversed()
                          .thenComparing(FlowCodeCount::errorCode))
                  .map(ErrorSummary::codeCount)
                  .toList();
          long total = codes.stream().mapToLong(CodeCount::count).sum();
          result.add(new FlowErrors(flow, flowName(flow, flows), total, codes));
        });
    result.sort(Comparator.comparing(FlowErrors::flowName, String.CASE_INSENSITIVE_ORDER));
    return result;
  }

  private static CodeCount codeCount(FlowCodeCount c) {
    // No parameters here: a count groups messages with different values ("missing ‹field›").
    ExplainedMessage m = MessageCatalog.standard().explainGeneric(c.errorCode());
    return new CodeCount(
        c.errorCode(), m.title(), m.category(), lineLevel(c.errorCode()), c.count(), c.lastDay());
  }

  static boolean lineLevel(String code) {
    try {
      return ErrorCode.valueOf(code).level() == ErrorCode.Level.LINE;
    } catch (IllegalArgumentException httpStatus) {
      return false;
    }
  }

  static String flowName(Long flowId, Map<Long, Flow> flows) {
    if (flowId == null) {
      return "(no flow)";
    }
    Flow flow = flows.get(flowId);
    return flow == null ? "Flow #" + flowId : flow.getName();
  }

  /**
   * A recorded failure and, for a line failure, the line (null when it was not written); {@code
   * rerunOf}: the run its run re-ran (null for a first read). A line that fails again in a re-run
   * is a second occurrence and counts again; the list says which runs are re-runs.
   */
  public record FailureRow(Failure failure, Line line, Long rerunOf) {}

  /** A page of failures, newest first; {@code before} is the cursor of the next page, or null. */
  public record FailurePage(List<FailureRow> rows, Long before) {}

  /**
   * A flow's failures of one code, a page newest first, each line failure with its line: one keyed
   * read of the lines per run on the page (run_id, line_number), never a scan.
   */
  public FailurePage failures(
      long flowId, String code, ReportPeriod period, Long beforeId, int size) {
    List<Failure> found =
        new ArrayList<>(
            failures.ofFlowAndCode(flowId, code, period.from(), period.to(), beforeId, size + 1));
    boolean more = found.size() > size;
    if (more) {
      found.remove(found.size() - 1);
    }
    Map<Long, List<Integer>> wanted = new LinkedHashMap<>();
    for (Failure f : found) {
      if (f.getRunId() != null && f.getLineNumber() != null) {
        wanted.computeIfAbsent(f.getRunId(), k -> new ArrayList<>()).add(f.getLineNumber());
      }
    }
    Map<String, Line> lines = new java.util.HashMap<>();
    wanted.forEach(
        (run, numbers) ->
            runs.lines(run, numbers.stream().distinct().sorted().toList())
                .forEach(l -> lines.put(run + ":" + l.getLineNumber(), l)));
    Map<Long, Long> rerunOf =
        runs.rerunsOf(
            found.stream()
                .map(Failure::getRunId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    List<FailureRow> rows =
        found.stream()
            .map(
                f ->
                    new FailureRow(
                        f,
                        lines.get(f.getRunId() + ":" + f.getLineNumber()),
                        f.getRunId() == null ? null : rerunOf.get(f.getRunId())))
            .toList();
    return new FailurePage(rows, more ? found.get(found.size() - 1).getId() : null);
  }
}
