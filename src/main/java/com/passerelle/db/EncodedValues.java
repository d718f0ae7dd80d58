package com.passerelle.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The last values of a row for {@link MultiRowInsert}, optionally with their {@code LOAD DATA} text
 * made in advance: an import encodes most of a line's row on its reading thread, so the chunk
 * thread only copies bytes while the database works. Bound one by one where rows are inserted as
 * SQL.
 */
public final class EncodedValues {
  private final Object[] values;
  private final byte[] text; // null: written value by value when the rows are sent

  private EncodedValues(Object[] values, byte[] text) {
    this.values = values;
    this.text = text;
  }

  /** Values whose text is made now (a one-off; many rows share an {@link Encoder}). */
  public static EncodedValues encoded(Object... values) {
    return new Encoder().encode(values);
  }

  /** Values written when the rows are sent. */
  public static EncodedValues plain(Object... values) {
    return new EncodedValues(values, null);
  }

  Object[] values() {
    return values;
  }

  byte[] text() {
    return text;
  }

  /**
   * Encodes row after row with the same buffers, so a row costs one array, its text. One thread's:
   * an import's reading thread owns one for the run (not a thread-local, which would pin the
   * application on the server's pooled threads).
   */
  public static final class Encoder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    private final TsvOutput out = new TsvOutput(bytes, 512);

    public EncodedValues encode(Object... values) {
      bytes.reset();
      try {
        out.fields(values);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array does not fail
      }
      return new EncodedValues(values, bytes.toByteArray());
    }
  }
}
