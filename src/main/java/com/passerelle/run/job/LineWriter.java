package com.passerelle.run.job;

import com.passerelle.metrics.RunMetrics;
import com.passerelle.run.LineStatus;
import com.passerelle.run.PreparedLine;
import com.passerelle.run.RunLedger;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chunk of lines in the chunk's transaction, the one that also stores the reader's
 * checkpoint: after a crash, a chunk is either fully written and checkpointed, or not at all.
 */
@Named("lineWriter")
@Dependent
public class LineWriter extends AbstractItemWriter {
  @Inject JobContext job;
  @Inject RunLedger ledger;
  @Inject RunMetrics metrics;

  private RunLedger.Target target;

  @Override
  public void open(Serializable checkpoint) {
    target = ledger.target(ImportJob.runId(job));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void writeItems(List<Object> items) {
    List<PreparedLine> chunk = (List<PreparedLine>) (List<?>) items;
    ledger.record(target, chunk);
    // The chunk's lines by status (their final status, set by the ledger), counted at commit.
    Map<LineStatus, Long> counts = new EnumMap<>(LineStatus.class);
    for (PreparedLine line : chunk) {
      counts.merge(line.line().getStatus(), 1L, Long::sum);
    }
    metrics.lines(counts);
  }
}
