package com.passerelle.run;

import com.passerelle.common.InvalidRequestException;
import java.util.Locale;

/**
 * What the report shows: a status and/or a text matched against name, email and external id. Built
 * from URL parameters, so a filtered report can be bookmarked and shared.
 */
public record LineFilter(LineStatus status, String query) {
  public static final LineFilter ALL = new LineFilter(null, null);

  public static LineFilter of(String status, String query) {
    LineStatus parsed = null;
    if (status != null && !status.isBlank()) {
      try {
        parsed = LineStatus.parse(status);
      } catch (IllegalArgumentException unknown) {
        throw new InvalidRequestException("Unknown line status: " + status);
      }
    }
    String q = query == null || query.isBlank() ? null : query.trim();
    return new LineFilter(parsed, q);
  }

  /** The LIKE pattern for the text query, with LIKE's own wildcards escaped. */
  public String likePattern() {
    String escaped =
        query.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
