package com.passerelle.run.job;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowRules;
import com.passerelle.flow.SourceType;
import com.passerelle.run.Run;
import com.passerelle.run.RunLifecycle;
import com.passerelle.source.DropZone;
import com.passerelle.source.csv.CsvRecord;
import com.passerelle.source.csv.DelimiterGuess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The run-level checks of seed 000, before any line is read: flow active, a source configured, a
 * file there, not empty, a UTF-8 header holding every required column. A failed check ends the run
 * with its catalog error; nothing is half-written.
 */
@ApplicationScoped
@Transactional
public class SourceCheck {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject RunLifecycle lifecycle;
  @Inject DropZone dropZone;

  /** Returns empty when the run may read its lines, else the error that ended it. */
  public Optional<ErrorCode> check(long runId) {
    Run run = em.find(Run.class, runId);
    Flow flow = em.find(Flow.class, run.getFlowId());
    Rejection rejection = rejection(run, flow);
    if (rejection == null) {
      return Optional.empty();
    }
    lifecycle.fail(runId, rejection.code(), rejection.params());
    return Optional.of(rejection.code());
  }

  private record Rejection(ErrorCode code, Map<String, String> params) {}

  private Rejection rejection(Run run, Flow flow) {
    if (!flow.isActive()) {
      return new Rejection(ErrorCode.INTEGRATION_INACTIVE, Map.of());
    }
    if (flow.getSourceType() != SourceType.FOLDER) {
      return new Rejection(ErrorCode.EXTRACTOR_UNDEFINED, Map.of());
    }
    if (run.getSourcePath() == null || !Files.isRegularFile(Path.of(run.getSourcePath()))) {
      return new Rejection(
          ErrorCode.SOURCE_FILE_NOT_FOUND,
          Params.of("folder", dropZone.folderOf(flow.getId()).toString()));
    }
    FlowRules rules = FlowRules.of(flow);
    Map<String, String> file = Params.of("file", run.getSourceName());
    CsvRecord header;
    try {
      header = ImportFile.readHeader(Path.of(run.getSourcePath()), rules.format());
    } catch (IOException e) {
      return new Rejection(
          ErrorCode.FILE_UNREADABLE,
          Params.of("file", run.getSourceName(), "reason", String.valueOf(e.getMessage())));
    }
    if (header == null) {
      return new Rejection(ErrorCode.FILE_EMPTY, file);
    }
    if (!header.ok()) {
      return new Rejection(ErrorCode.HEADER_ENCODING, file);
    }
    return missingColumns(rules, header.fields());
  }

  private static Rejection missingColumns(FlowRules rules, List<String> header) {
    Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    header.forEach(h -> present.add(h.trim()));
    List<String> missing =
        rules.requiredColumns().stream().filter(c -> !present.contains(c.trim())).toList();
    if (missing.isEmpty()) {
      return null;
    }
    String columns = String.join(", ", missing);
    if (header.size() == 1) {
      char expected = rules.format().delimiter();
      Optional<Character> found = DelimiterGuess.likelyDelimiter(header.get(0), expected);
      if (found.isPresent()) {
        return new Rejection(
            ErrorCode.WRONG_DELIMITER,
            Params.of(
                "columns", columns,
                "found", ImportFile.describe(found.get()),
                "expected", ImportFile.describe(expected)));
      }
    }
    return new Rejection(ErrorCode.MISSING_HEADERS, Params.of("columns", columns));
  }
}
