package com.passerelle.db;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes rows as the text {@code LOAD DATA} reads (tab-separated, backslash escapes, {@code \N} for
 * null) straight into UTF-8 bytes through a small buffer: no row strings, no encoder, no array the
 * size of a chunk. The rows of an import pass here once each, on the chunk's critical path.
 */
final class TsvOutput {
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private final OutputStream out;
  private final byte[] buffer;
  private int used;
  private LocalDateTime lastTime; // a chunk's rows share their timestamp: formatted once
  private String lastTimeText;

  TsvOutput(OutputStream out) {
    this(out, 1 << 16);
  }

  TsvOutput(OutputStream out, int bufferSize) {
    this.out = out;
    this.buffer = new byte[bufferSize];
  }

  void row(Object[] values) throws IOException {
    fields(values);
    put('\n');
  }

  void fields(Object[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        put('\t');
      }
      field(values[i]);
    }
  }

  private void field(Object value) throws IOException {
    if (value instanceof EncodedValues encoded) {
      if (encoded.text() != null) {
        bytes(encoded.text());
      } else {
        fields(encoded.values());
      }
    } else if (value == null) {
      put('\\');
      put('N');
    } else if (value instanceof String text) {
      text(text);
    } else if (value instanceof LocalDateTime time) {
      if (!time.equals(lastTime)) {
        lastTime = time;
        lastTimeText = DATETIME.format(time);
      }
      text(lastTimeText);
    } else {
      text(value.toString()); // numbers and dates: their toString is what MariaDB reads
    }
  }

  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): exact for ASCII text
  private void text(String text) throws IOException {
    int length = text.length();
    if (length <= buffer.length - used && isPlainAscii(text)) {
      text.getBytes(0, length, buffer, used); // most values: one bulk copy, no per-byte work
      used += length;
      return;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> escaped('\\');
          case '\t' -> escaped('t');
          case '\n' -> escaped('n');
          case '\r' -> escaped('r');
          case '\0' -> escaped('0');
          default -> put(c);
        }
      } else if (c < 0x800) {
        put(0xC0 | (c >> 6));
        put(0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int code = Character.toCodePoint(c, text.charAt(++i));
        put(0xF0 | (code >> 18));
        put(0x80 | ((code >> 12) & 0x3F));
        put(0x80 | ((code >> 6) & 0x3F));
        put(0x80 | (code & 0x3F));
      } else if (Character.isSurrogate(c)) {
        put('?'); // a lone surrogate: what Java's own UTF-8 encoder writes for it
      } else {
        put(0xE0 | (c >> 12));
        put(0x80 | ((c >> 6) & 0x3F));
        put(0x80 | (c & 0x3F));
      }
    }
  }

  /** Printable ASCII without a backslash: written as is. */
  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private void bytes(byte[] text) throws IOException {
    if (text.length > buffer.length - used) {
      flush();
      if (text.length > buffer.length) {
        out.write(text);
        return;
      }
    }
    System.arraycopy(text, 0, buffer, used, text.length);
    used += text.length;
  }

  private void escaped(char c) throws IOException {
    put('\\');
    put(c);
  }

  private void put(int b) throws IOException {
    if (used == buffer.length) {
      flush();
    }
    buffer[used++] = (byte) b;
  }

  void flush() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
    out.flush();
  }
}
