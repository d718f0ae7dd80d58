package com.passerelle.source.sftp;

import java.util.regex.Pattern;

/**
 * A flow's file name pattern such as {@code employees_*.csv}: {@code *} is any run of characters,
 * {@code ?} any one character, everything else is itself and case counts (SFTP servers are mostly
 * Unix). Our own matcher rather than the JDK's glob, whose brackets and braces would give meaning
 * to characters an HR export name may well contain.
 */
final class FileNamePattern {
  private final Pattern regex;

  private FileNamePattern(Pattern regex) {
    this.regex = regex;
  }

  static FileNamePattern of(String glob) {
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        out.append(quote(literal)).append(c == '*' ? ".*" : ".");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    out.append(quote(literal));
    return new FileNamePattern(Pattern.compile(out.toString(), Pattern.DOTALL));
  }

  boolean matches(String fileName) {
    return regex.matcher(fileName).matches();
  }

  private static String quote(CharSequence literal) {
    return literal.length() == 0 ? "" : Pattern.quote(literal.toString());
  }
}
