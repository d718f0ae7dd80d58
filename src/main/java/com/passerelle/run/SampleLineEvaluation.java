package com.passerelle.run;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowRules;
import com.passerelle.flow.SampleLineTester;
import com.passerelle.run.job.HeaderCheck;
import com.passerelle.source.csv.CsvRecord;
import com.passerelle.source.csv.CsvRecordReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a sample line exactly as a run would (same evaluator, same rules) but without the
 * directory: stakeholders and "Already created" depend on who exists when the file comes, and the
 * DNS check is left to the run.
 */
@ApplicationScoped
public class SampleLineEvaluation implements SampleLineTester {
  static final int MAX_SAMPLE = 64 * 1024;

  private final MessageCatalog catalog = MessageCatalog.standard();

  @Override
  public Outcome test(Flow flow, String sample) {
    if (sample == null || sample.isBlank()) {
      throw new InvalidRequestException(
          "Paste the file's header line and one data line to test the rules on.");
    }
    if (sample.length() > MAX_SAMPLE) {
      throw new InvalidRequestException("The sample is longer than 64 KiB: paste one line.");
    }
    FlowRules rules = FlowRules.of(flow);
    String text = sample.strip();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a file's byte order mark, pasted with its first line
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (CsvRecordReader reader =
        new CsvRecordReader(new ByteArrayInputStream(bytes), rules.format())) {
      CsvRecord header = reader.next();
      CsvRecord line = reader.next();
      if (header == null || line == null) {
        throw new InvalidRequestException(
            "The sample needs two lines: the file's header, then one data line.");
      }
      // The run's own check first: a header without the flow's columns stops the whole run.
      Optional<HeaderCheck.Problem> headerProblem = HeaderCheck.of(rules, header.fields());
      if (headerProblem.isPresent()) {
        ExplainedMessage m =
            catalog.explain(headerProblem.get().code(), headerProblem.get().params());
        throw new InvalidRequestException(
            "A file with this header stops the run: " + m.title() + ". " + m.action() + ".");
      }
      EvaluatedLine evaluated = new LineEvaluator(rules, header.fields()).evaluate(line);
      List<ExplainedMessage> messages = new ArrayList<>();
      for (LineMessage m : evaluated.messages()) {
        messages.add(catalog.explain(m.getCode(), m.getParams()));
      }
      return new Outcome(evaluated.status().name(), evaluated.template(), messages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
