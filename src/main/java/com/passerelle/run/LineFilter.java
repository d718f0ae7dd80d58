package com.passerelle.run;

import com.passerelle.common.InvalidRequestException;

/**
 * What the report shows: a status and/or a text matched against name, email and external id. Built
 * from URL parameters, so a filtered report can be bookmarked and shared.
 *
 * <p>The text is matched as the start of a line's email, id, "first last" or "last first" name,
 * ignoring case and accents ({@link SearchKeys}): each is an indexed prefix, never a scan.
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

  /** Whether a text search applies (a text of only marks or spaces searches nothing). */
  public boolean searches() {
    return query != null && SearchKeys.of(query) != null;
  }

  /** The text as the keys store it (the prefix a search looks for). */
  String searchKey() {
    return SearchKeys.of(query);
  }

  /** The LIKE prefix pattern of the text's key, with LIKE's own wildcards escaped by '!'. */
  String prefixPattern() {
    return SearchKeys.likePattern(searchKey());
  }
}
