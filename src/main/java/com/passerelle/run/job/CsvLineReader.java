package com.passerelle.run.job;

import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowRules;
import com.passerelle.run.LineEvaluator;
import com.passerelle.run.Run;
import com.passerelle.source.SourceFingerprint;
import com.passerelle.source.csv.CsvRecord;
import com.passerelle.source.csv.CsvRecordReader;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the run's CSV file record by record. The checkpoint is a byte offset, so a restarted job
 * seeks straight to the first unwritten record instead of re-reading the file.
 */
@Named("csvLineReader")
@Dependent
public class CsvLineReader extends AbstractItemReader {
  @Inject JobContext job;
  @Inject StepContext step;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  private CsvRecordReader reader;
  private CsvRecord last;
  private ReadPosition position;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    Run run = em.find(Run.class, ImportJob.runId(job));
    FlowRules rules = FlowRules.of(em.find(Flow.class, run.getFlowId()));
    Path file = Path.of(run.getSourcePath());
    SourceFingerprint started = run.getSourceFingerprint();
    if (checkpoint != null && started != null && !started.sameSizeAndDate(file)) {
      // A byte offset only means something in the very same file (RunControl checked the content).
      throw new IllegalStateException("Run " + run.getId() + ": its file changed; not resumed");
    }
    CsvRecord header = ImportFile.readHeader(file, rules.format());
    // The processor evaluates lines against this header: shared through the step context.
    step.setTransientUserData(new LineEvaluator(rules, header.fields()));
    position =
        checkpoint != null
            ? (ReadPosition) checkpoint
            : new ReadPosition(header.endOffset(), header.nextLineNumber());
    InputStream in = Files.newInputStream(file);
    reader = new CsvRecordReader(in, rules.format(), position.offset(), position.lineNumber());
  }

  @Override
  public Object readItem() throws Exception {
    last = reader.next();
    if (last != null) {
      position = new ReadPosition(last.endOffset(), last.nextLineNumber());
    }
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return position;
  }

  @Override
  public void close() throws Exception {
    if (reader != null) {
      reader.close();
    }
  }
}
