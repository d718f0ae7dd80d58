package com.passerelle.common;

/** Fitting text into columns: a cut never splits a character (a surrogate pair). */
public final class Text {
  private Text() {}

  /** The value cut to at most max UTF-16 units, at a code point boundary; null stays null. */
  public static String fit(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = max;
    if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--; // keep the pair whole by leaving it out
    }
    return value.substring(0, end);
  }
}
