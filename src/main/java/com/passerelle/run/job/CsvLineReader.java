package com.passerelle.run.job;

import com.passerelle.config.AppConfig;
import com.passerelle.db.EncodedValues;
import com.passerelle.db.Jdbc;
import com.passerelle.db.MultiRowInsert;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowRules;
import com.passerelle.run.LineEvaluator;
import com.passerelle.run.PreparedLine;
import com.passerelle.run.Run;
import com.passerelle.source.SourceFingerprint;
import com.passerelle.source.csv.CsvRecord;
import com.passerelle.source.csv.CsvRecordReader;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * Streams the run's CSV file as evaluated lines, read and evaluated ahead on a second thread
 * ({@link LinePrefetch}). The checkpoint is the byte offset after the last line handed to the
 * writer, so a restarted job seeks straight to the first unwritten record.
 */
@Named("csvLineReader")
@Dependent
public class CsvLineReader extends AbstractItemReader {
  @Inject JobContext job;
  @Inject AppConfig config;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /**
   * Lines read ahead: two chunks (job XML: 5000 lines). With less than a chunk, the reading thread
   * stopped early while a chunk was in the database, and the next chunk then waited for it (0.9 s
   * of a 100k-line import on MariaDB); a few MB of lines more in memory.
   */
  private static final int READ_AHEAD = 10_000;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /** For a re-run's line numbers, read outside the chunk's transaction (see FailedLines). */
  @Resource(lookup = "jdbc/passerelle")
  DataSource dataSource;

  private LinePrefetch lines;
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
    LineEvaluator evaluator = new LineEvaluator(rules, header.fields(), config.emailDomainCheck());
    position =
        checkpoint != null
            ? (ReadPosition) checkpoint
            : afterWrittenLines(
                run.getId(),
                file,
                rules,
                new ReadPosition(header.endOffset(), header.nextLineNumber()));
    InputStream in = Files.newInputStream(file);
    CsvRecordReader reader =
        new CsvRecordReader(in, rules.format(), position.offset(), position.lineNumber());
    long runId = run.getId();
    // Rows are encoded ahead only where they are sent as LOAD DATA text (MariaDB).
    EncodedValues.Encoder encoder =
        Jdbc.on(em, MultiRowInsert::loadsData) ? new EncodedValues.Encoder() : null;
    // A re-run reads the failed lines of its old run only, keeping their numbers; its position
    // (checkpoint, or after its own written lines) says which ones are done.
    FailedLines only =
        run.getRerunOf() == null
            ? null
            : new FailedLines(dataSource, run.getRerunOf(), position.lineNumber() - 1);
    lines =
        new LinePrefetch(
            reader,
            record -> PreparedLine.of(runId, evaluator.evaluate(record), encoder),
            only,
            READ_AHEAD,
            executor);
  }

  /**
   * Where a new job of a run starts reading: after the header, or, for a run another server began
   * (taken over when its lease ran out), after the last line that run committed. Chunks commit
   * whole, so the lines written are exactly those up to the highest line number.
   */
  private ReadPosition afterWrittenLines(long runId, Path file, FlowRules rules, ReadPosition start)
      throws IOException {
    Number written =
        (Number)
            em.createNativeQuery("select max(line_number) from run_line where run_id = ?")
                .setParameter(1, runId)
                .getSingleResult();
    if (written == null) {
      return start;
    }
    ReadPosition position = start;
    try (CsvRecordReader skip =
        new CsvRecordReader(
            Files.newInputStream(file), rules.format(), start.offset(), start.lineNumber())) {
      for (CsvRecord r = skip.next(); r != null && r.lineNumber() <= written.intValue(); ) {
        position = new ReadPosition(r.endOffset(), r.nextLineNumber());
        r = skip.next();
      }
    }
    return position;
  }

  @Override
  public Object readItem() throws Exception {
    LinePrefetch.Item item = lines.next();
    if (item == null) {
      return null;
    }
    position = item.next();
    return item.line();
  }

  @Override
  public Serializable checkpointInfo() {
    return position;
  }

  @Override
  public void close() throws Exception {
    if (lines != null) {
      lines.close();
    }
  }
}
