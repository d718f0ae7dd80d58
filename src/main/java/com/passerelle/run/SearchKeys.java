package com.passerelle.run;

import com.passerelle.common.Text;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised forms a report search compares: lower case, accents removed, spaces collapsed, cut
 * to the key columns' size. A line stores its email, id and both name orders this way, and a query
 * is normalised the same way before a prefix match, so "dupont", "Dupont J" and "jérôme dup" all
 * find Jérôme Dupont through an index.
 */
public final class SearchKeys {
  /** Size of the key columns. */
  public static final int LENGTH = 100;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchKeys() {}

  /** The key of a value, or null for nothing to search. */
  public static String of(String value) {
    if (value == null) {
      return null;
    }
    String plain = value;
    if (!isPlainAscii(value)) {
      plain = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
      plain = SPACES.matcher(plain).replaceAll(" ");
    }
    String key = plain.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return null;
    }
    return Text.fit(key, LENGTH);
  }

  /** "first last", for a search typed in that order. */
  public static String name(String first, String last) {
    return of(join(first, last));
  }

  /** "last first", for a search by last name. */
  public static String reversedName(String first, String last) {
    return of(join(last, first));
  }

  /**
   * The smallest text above every text that starts with this prefix (its last character plus one),
   * for a prefix search as a plain range: MariaDB's LIKE range stopped at U+FFFF and missed keys
   * going on with an emoji. Null when there is no such text both databases order alike.
   */
  public static String upperBound(String prefix) {
    int last = prefix.codePointBefore(prefix.length());
    int next = last + 1;
    if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
      next = Character.MAX_SURROGATE + 1;
    }
    // Past U+FFFF, Java (H2) orders by UTF-16 units and MariaDB by code points: they disagree.
    if (last <= 0xFFFF && next > 0xFFFF || next > Character.MAX_CODE_POINT) {
      return null;
    }
    return prefix.substring(0, prefix.length() - Character.charCount(last))
        + new String(Character.toChars(next));
  }

  /**
   * The {@code LIKE ... ESCAPE '!'} pattern of a prefix: its own %, _ and ! escaped with ! (not a
   * backslash, which MariaDB's string literals would also read).
   */
  public static String likePattern(String prefix) {
    StringBuilder pattern = new StringBuilder(prefix.length() + 4);
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == '%' || c == '_' || c == '!') {
        pattern.append('!');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + ' ' + b;
  }

  // Most values are; they skip the normaliser and the regexes (the writer keys every line).
  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 126 || (c < 32) || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
        return false;
      }
    }
    return true;
  }
}
