package com.passerelle.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shortens parameters until their encoded form fits a column: the longest key or value is cut (at a
 * code point, with an ellipsis) by what is too much, again until it fits. Cutting before encoding
 * is what keeps the stored text decodable.
 */
final class ParamsFitter {
  static final String ELLIPSIS = "…";
  private static final int ELLIPSIS_LENGTH = Params.enc(ELLIPSIS).length();

  private ParamsFitter() {}

  static String fit(Map<String, String> params, int maxLength) {
    List<String[]> pairs = new ArrayList<>();
    params.forEach((k, v) -> pairs.add(new String[] {k, v == null ? "" : v}));
    while (true) {
      int total = pairs.isEmpty() ? 0 : pairs.size() * 2 - 1; // '=' per pair, '&' between
      int longestPair = -1;
      int longestSide = 0;
      int longestLength = 0;
      for (int p = 0; p < pairs.size(); p++) {
        for (int side = 0; side < 2; side++) {
          int length = encodedLength(pairs.get(p)[side]);
          total += length;
          if (length > longestLength) {
            longestPair = p;
            longestSide = side;
            longestLength = length;
          }
        }
      }
      if (total <= maxLength) {
        break;
      }
      if (longestLength <= ELLIPSIS_LENGTH) {
        pairs.remove(pairs.size() - 1); // only separators left to save: drop the last pair
        continue;
      }
      String[] pair = pairs.get(longestPair);
      pair[longestSide] = cut(pair[longestSide], Math.max(0, longestLength - (total - maxLength)));
    }
    Map<String, String> fitted = new java.util.LinkedHashMap<>();
    pairs.forEach(p -> fitted.putIfAbsent(p[0], p[1]));
    return Params.encode(fitted);
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
