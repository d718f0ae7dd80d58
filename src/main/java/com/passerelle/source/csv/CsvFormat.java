package com.passerelle.source.csv;

import java.util.Locale;

/**
 * Delimiter and quote characters of a CSV file.
 *
 * <p>Both must be ASCII: the reader splits records on raw bytes before decoding, which is only safe
 * because ASCII bytes never occur inside a multi-byte UTF-8 sequence.
 */
public record CsvFormat(char delimiter, char quote) {

  public CsvFormat {
    requireAsciiSeparator(delimiter, "delimiter");
    requireAsciiSeparator(quote, "quote");
    if (delimiter == quote) {
      throw new IllegalArgumentException("delimiter and quote must differ: '" + delimiter + "'");
    }
  }

  /** RFC 4180 defaults: comma and double quote. */
  public static CsvFormat comma() {
    return new CsvFormat(',', '"');
  }

  /**
   * Format for a user-supplied delimiter name: ",", ";", "|", "\t" or "tab" (any case). The quote
   * is always '"'.
   */
  public static CsvFormat of(String delimiter) {
    if (delimiter == null) {
      throw new IllegalArgumentException("delimiter is required");
    }
    switch (delimiter.toLowerCase(Locale.ROOT)) {
      case ",":
        return new CsvFormat(',', '"');
      case ";":
        return new CsvFormat(';', '"');
      case "\t":
      case "tab":
        return new CsvFormat('\t', '"');
      case "|":
        return new CsvFormat('|', '"');
      default:
        throw new IllegalArgumentException(
            "unsupported delimiter '" + delimiter + "' (expected one of , ; tab |)");
    }
  }

  private static void requireAsciiSeparator(char c, String what) {
    if (c >= 0x80 || c == '\n' || c == '\r') {
      throw new IllegalArgumentException(what + " must be an ASCII character other than CR/LF");
    }
  }
}
