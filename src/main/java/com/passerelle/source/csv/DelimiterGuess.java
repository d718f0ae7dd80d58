package com.passerelle.source.csv;

import java.util.Optional;

/** Detects headers that were obviously written with another delimiter than the configured one. */
public final class DelimiterGuess {

  private static final char[] CANDIDATES = {';', ',', '\t', '|'};

  private DelimiterGuess() {}

  /**
   * If {@code headerLine} has a single column with {@code expected} but contains another usual
   * delimiter, returns the most frequent one (ties go to the order ; , tab |). Characters inside
   * double quotes are ignored, so a quoted header such as {@code "a;b"} is not a hint.
   */
  public static Optional<Character> likelyDelimiter(String headerLine, char expected) {
    if (headerLine == null || headerLine.isEmpty()) {
      return Optional.empty();
    }
    int[] counts = new int[CANDIDATES.length];
    boolean inQuotes = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes) {
        if (c == expected) {
          return Optional.empty(); // more than one column: the expected delimiter works
        }
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = -1;
    for (int k = 0; k < CANDIDATES.length; k++) {
      if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
        best = k;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(CANDIDATES[best]);
  }
}
