package com.passerelle.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortens parameters until their encoded form fits a column. Every key and value is measured once;
 * then one cap is found so that pieces shorter than it stay whole and longer ones are cut to it (at
 * a code point, with an ellipsis). When even a minimal cap is too much (thousands of columns), the
 * last pairs are dropped. Linear in the size of the input (plus a sort), since a line may hold
 * hundreds of thousands of fields. Cutting before encoding keeps the stored text decodable.
 */
final class ParamsFitter {
  static final String ELLIPSIS = "…";
  private static final int ELLIPSIS_LENGTH = Params.enc(ELLIPSIS).length();

  /** The smallest useful piece: a few characters and the ellipsis. */
  private static final int MIN_PIECE = ELLIPSIS_LENGTH + 3;

  private ParamsFitter() {}

  static String fit(Map<String, String> params, int maxLength) {
    List<String[]> pairs = new ArrayList<>(params.size());
    params.forEach((k, v) -> pairs.add(new String[] {k, v == null ? "" : v}));
    int[] lengths = new int[pairs.size() * 2];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = encodedLength(pairs.get(i / 2)[i % 2]);
    }
    int kept = pairsThatFit(lengths, maxLength);
    int cap = cap(Arrays.copyOf(lengths, kept * 2), maxLength - separators(kept));
    Map<String, String> fitted = new LinkedHashMap<>();
    for (int p = 0; p < kept; p++) {
      String key = lengths[2 * p] > cap ? cut(pairs.get(p)[0], cap) : pairs.get(p)[0];
      String value = lengths[2 * p + 1] > cap ? cut(pairs.get(p)[1], cap) : pairs.get(p)[1];
      fitted.putIfAbsent(key, value);
    }
    return Params.encode(fitted);
  }

  /** '=' in each pair and '&' between pairs. */
  private static int separators(int pairs) {
    return pairs == 0 ? 0 : 2 * pairs - 1;
  }

  /** How many leading pairs fit when each of their pieces is cut to at most MIN_PIECE. */
  private static int pairsThatFit(int[] lengths, int maxLength) {
    long total = 0;
    int pairs = 0;
    for (int p = 0; p < lengths.length / 2; p++) {
      total += Math.min(lengths[2 * p], MIN_PIECE) + Math.min(lengths[2 * p + 1], MIN_PIECE) + 2;
      if (total - 1 > maxLength) {
        break;
      }
      pairs = p + 1;
    }
    return pairs;
  }

  /** The largest cap such that all pieces, each cut to the cap, take at most budget characters. */
  static int cap(int[] lengths, int budget) {
    int[] sorted = lengths.clone();
    Arrays.sort(sorted);
    long shorter = 0; // total of the pieces already below the cap being tried
    for (int i = 0; i < sorted.length; i++) {
      int longer = sorted.length - i; // pieces from i on are cut to the cap
      long cap = (budget - shorter) / longer;
      if (cap < sorted[i]) {
        return (int) Math.max(0, cap);
      }
      shorter += sorted[i];
    }
    return Integer.MAX_VALUE; // everything fits whole
  }

  /** The longest prefix of s whose encoding, with an ellipsis, takes at most budget characters. */
  static String cut(String s, int budget) {
    int room = budget - ELLIPSIS_LENGTH;
    if (room <= 0) {
      return "";
    }
    int used = 0;
    int end = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int length = encodedLength(cp);
      if (used + length > room) {
        break;
      }
      used += length;
      end += Character.charCount(cp);
    }
    return s.substring(0, end) + ELLIPSIS;
  }

  static int encodedLength(String s) {
    int length = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      length += encodedLength(cp);
      i += Character.charCount(cp);
    }
    return length;
  }

  /** What URLEncoder makes of one code point: itself, '+', or %XX per UTF-8 byte. */
  private static int encodedLength(int cp) {
    if ((cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || cp == '.'
        || cp == '-'
        || cp == '*'
        || cp == '_'
        || cp == ' ') {
      return 1;
    }
    int bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    return 3 * bytes;
  }
}
