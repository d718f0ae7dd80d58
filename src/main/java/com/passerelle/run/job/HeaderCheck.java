package com.passerelle.run.job;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.flow.FlowRules;
import com.passerelle.source.csv.DelimiterGuess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a file's header has the columns the flow reads: the run error of a file that lacks some
 * ("Missing headers"), or that seems to use another delimiter. Shared by the run's check step and
 * the flow form's sample line test, so both say the same.
 */
public final class HeaderCheck {
  /** A run error and its message parameters. */
  public record Problem(ErrorCode code, Map<String, String> params) {}

  private HeaderCheck() {}

  public static Optional<Problem> of(FlowRules rules, List<String> header) {
    Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    header.forEach(h -> present.add(h.trim()));
    List<String> missing =
        rules.requiredColumns().stream().filter(c -> !present.contains(c.trim())).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String columns = String.join(", ", missing);
    if (header.size() == 1) {
      char expected = rules.format().delimiter();
      Optional<Character> found = DelimiterGuess.likelyDelimiter(header.get(0), expected);
      if (found.isPresent()) {
        return Optional.of(
            new Problem(
                ErrorCode.WRONG_DELIMITER,
                Params.of(
                    "columns", columns,
                    "found", ImportFile.describe(found.get()),
                    "expected", ImportFile.describe(expected))));
      }
    }
    return Optional.of(new Problem(ErrorCode.MISSING_HEADERS, Params.of("columns", columns)));
  }
}
