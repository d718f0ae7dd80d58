package com.passerelle.source.csv;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Streaming RFC 4180 reader working on raw bytes.
 *
 * <p>Records are delimited on bytes first (so that a bad byte only spoils its own record and byte
 * offsets stay exact for checkpoints), then each record is decoded as strict UTF-8 and split into
 * fields. At most one record (bounded by {@code maxRecordBytes}) is held in memory.
 */
public final class CsvRecordReader implements Closeable {

  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

  private static final int IO_BUFFER_SIZE = 64 * 1024;
  private static final int INITIAL_RECORD_CAPACITY = 1024;

  /** A record buffer grown past this by one big record is released afterwards. */
  private static final int RETAINED_RECORD_CAPACITY = 64 * 1024;

  /** Quote state shared by the byte-level record scanner and the char-level field splitter. */
  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    /** Saw a quote inside a quoted field: either the closing quote or the first of "". */
    AFTER_QUOTE;

    State next(int c, int delimiter, int quote) {
      switch (this) {
        case FIELD_START:
          return c == quote ? QUOTED : c == delimiter ? FIELD_START : UNQUOTED;
        case UNQUOTED:
          return c == delimiter ? FIELD_START : UNQUOTED;
        case QUOTED:
          return c == quote ? AFTER_QUOTE : QUOTED;
        default: // AFTER_QUOTE: "" is an escaped quote, other text is kept (lenient)
          return c == quote ? QUOTED : c == delimiter ? FIELD_START : UNQUOTED;
      }
    }
  }

  private enum Scan {
    END_OF_INPUT,
    BLANK,
    COMPLETE,
    UNTERMINATED_QUOTE,
    TOO_LONG
  }

  private final InputStream in;
  private final char delimiter;
  private final char quote;
  private final int maxRecordBytes;
  private final long startOffset;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private final byte[] io = new byte[IO_BUFFER_SIZE];
  private int ioPos;
  private int ioLimit;

  private byte[] record;
  private int recordLength;

  private boolean started;

  /** Bytes consumed from the start of the file, including a skipped BOM and start offset. */
  private long offset;

  /** Physical line number of the next unread byte. */
  private int line;

  public CsvRecordReader(InputStream in, CsvFormat format) {
    this(in, format, 0L, 1);
  }

  /**
   * Resumes after a checkpoint. {@code in} must be positioned at byte 0 of the file; the reader
   * skips {@code startOffset} bytes itself and numbers lines from {@code startLineNumber}.
   */
  public CsvRecordReader(InputStream in, CsvFormat format, long startOffset, int startLineNumber) {
    this(in, format, startOffset, startLineNumber, DEFAULT_MAX_RECORD_BYTES);
  }

  public CsvRecordReader(
      InputStream in, CsvFormat format, long startOffset, int startLineNumber, int maxRecordBytes) {
    this.in = Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    if (startOffset < 0) {
      throw new IllegalArgumentException("startOffset must be >= 0: " + startOffset);
    }
    if (startLineNumber < 1) {
      throw new IllegalArgumentException("startLineNumber must be >= 1: " + startLineNumber);
    }
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be >= 1: " + maxRecordBytes);
    }
    this.delimiter = format.delimiter();
    this.quote = format.quote();
    this.maxRecordBytes = maxRecordBytes;
    this.startOffset = startOffset;
    this.line = startLineNumber;
    this.record = new byte[initialRecordCapacity()];
  }

  /**
   * Returns the next non-blank record, or null at end of input. Records that cannot be parsed are
   * returned with a {@link CsvRecord.Problem} and no fields; reading can continue after them.
   */
  public CsvRecord next() throws IOException {
    if (!started) {
      start();
    }
    while (true) {
      int startLine = line;
      Scan scan = scanRecord();
      try {
        switch (scan) {
          case END_OF_INPUT:
            return null;
          case BLANK:
            continue; // counted in line numbers, never returned
          case UNTERMINATED_QUOTE:
            return failed(startLine, CsvRecord.Problem.UNTERMINATED_QUOTE);
          case TOO_LONG:
            return failed(startLine, CsvRecord.Problem.RECORD_TOO_LONG);
          default:
            String text = decode();
            if (text == null) {
              // Keep the values, bad bytes shown as U+FFFD, so the report still says who it is.
              String lenient = new String(record, 0, recordLength, StandardCharsets.UTF_8);
              return new CsvRecord(
                  startLine,
                  line,
                  offset,
                  splitFields(lenient),
                  CsvRecord.Problem.INVALID_ENCODING);
            }
            return new CsvRecord(
                startLine, line, offset, splitFields(text), CsvRecord.Problem.NONE);
        }
      } finally {
        releaseBigRecordBuffer();
      }
    }
  }

  /**
   * Passes over the next non-blank record without decoding it, exactly as {@link #next} would:
   * false at the end of input. For counting a file's records (a fifth of the cost of reading them).
   */
  public boolean skip() throws IOException {
    if (!started) {
      start();
    }
    while (true) {
      Scan scan = scanRecord();
      releaseBigRecordBuffer();
      if (scan == Scan.END_OF_INPUT) {
        return false;
      }
      if (scan != Scan.BLANK) {
        return true;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Skips to the checkpoint, or past a UTF-8 BOM when reading from the start. */
  private void start() throws IOException {
    started = true;
    if (startOffset > 0) {
      skipFully(startOffset);
      offset = startOffset;
    } else if (ensure(3)
        && io[ioPos] == (byte) 0xEF
        && io[ioPos + 1] == (byte) 0xBB
        && io[ioPos + 2] == (byte) 0xBF) {
      ioPos += 3;
      offset = 3; // still counted: offsets are true file offsets
    }
  }

  /** InputStream.skip may skip less than asked (even 0), so fall back to read(). */
  private void skipFully(long n) throws IOException {
    long remaining = n;
    while (remaining > 0) {
      long skipped = in.skip(remaining);
      if (skipped > 0) {
        remaining -= skipped;
      } else if (in.read() >= 0) {
        remaining--;
      } else {
        throw new EOFException("input ends " + remaining + " bytes before the start offset " + n);
      }
    }
  }

  /**
   * Reads the bytes of one record (without its line terminator) into {@link #record}, tracking
   * quotes so that delimiters and newlines inside quoted fields do not end the record.
   */
  private Scan scanRecord() throws IOException {
    recordLength = 0;
    State state = State.FIELD_START;
    boolean sawByte = false;
    boolean blank = true;
    while (true) {
      int b = read();
      if (b < 0) {
        if (!sawByte) {
          return Scan.END_OF_INPUT;
        }
        line++; // a last line without terminator still is a line
        if (state == State.QUOTED) {
          return Scan.UNTERMINATED_QUOTE;
        }
        return blank ? Scan.BLANK : Scan.COMPLETE;
      }
      sawByte = true;
      if (state != State.QUOTED && (b == '\n' || b == '\r')) {
        consumeLfAfterCr(b);
        line++;
        return blank ? Scan.BLANK : Scan.COMPLETE;
      }
      if (recordLength == maxRecordBytes) {
        discardRestOfLine(b);
        line++;
        return Scan.TOO_LONG;
      }
      append(b);
      if (b != ' ' && b != '\t') {
        blank = false;
      }
      state = state.next(b, delimiter, quote);
      // Count newlines inside quoted fields; CRLF counts once (on its LF).
      if (state == State.QUOTED && (b == '\n' || (b == '\r' && peek() != '\n'))) {
        line++;
      }
    }
  }

  /**
   * After a too-long record, drops bytes up to the next line end regardless of quotes: memory stays
   * bounded and the reader resynchronises on the next physical line.
   */
  private void discardRestOfLine(int b) throws IOException {
    while (b >= 0 && b != '\n' && b != '\r') {
      b = read();
    }
    consumeLfAfterCr(b);
  }

  private void consumeLfAfterCr(int b) throws IOException {
    if (b == '\r' && peek() == '\n') {
      read();
    }
  }

  private CsvRecord failed(int startLine, CsvRecord.Problem problem) {
    return new CsvRecord(startLine, line, offset, List.of(), problem);
  }

  /** Strict UTF-8 decoding of the current record; null when the bytes are not valid UTF-8. */
  private String decode() {
    try {
      return decoder.decode(ByteBuffer.wrap(record, 0, recordLength)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Splits decoded record text into fields. Terminators never reach this text (the scanner strips
   * "\n", "\r\n" and "\r"), so CRs left here are inside quoted values and are kept.
   */
  private List<String> splitFields(String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    State state = State.FIELD_START;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      State next = state.next(c, delimiter, quote);
      if (next == State.FIELD_START) {
        fields.add(field.toString()); // a delimiter outside quotes
        field.setLength(0);
      } else if (next == State.AFTER_QUOTE
          || (state == State.FIELD_START && next == State.QUOTED)) {
        // opening quote, closing quote or first half of "": not part of the value
      } else {
        field.append(c); // includes the second half of "" (AFTER_QUOTE -> QUOTED)
      }
      state = next;
    }
    fields.add(field.toString());
    return fields;
  }

  private void append(int b) {
    if (recordLength == record.length) {
      long doubled = Math.max(2L * record.length, 16);
      byte[] bigger = new byte[(int) Math.min(doubled, maxRecordBytes)];
      System.arraycopy(record, 0, bigger, 0, recordLength);
      record = bigger;
    }
    record[recordLength++] = (byte) b;
  }

  private void releaseBigRecordBuffer() {
    if (record.length > RETAINED_RECORD_CAPACITY) {
      record = new byte[initialRecordCapacity()];
    }
  }

  private int initialRecordCapacity() {
    return Math.min(INITIAL_RECORD_CAPACITY, maxRecordBytes);
  }

  private int read() throws IOException {
    if (ioPos == ioLimit && !ensure(1)) {
      return -1;
    }
    offset++;
    return io[ioPos++] & 0xFF;
  }

  private int peek() throws IOException {
    if (ioPos == ioLimit && !ensure(1)) {
      return -1;
    }
    return io[ioPos] & 0xFF;
  }

  /** Makes at least {@code n} unread bytes available in {@link #io}; false at end of input. */
  private boolean ensure(int n) throws IOException {
    while (ioLimit - ioPos < n) {
      if (ioPos > 0) {
        System.arraycopy(io, ioPos, io, 0, ioLimit - ioPos);
        ioLimit -= ioPos;
        ioPos = 0;
      }
      int r = in.read(io, ioLimit, io.length - ioLimit);
      if (r < 0) {
        return false;
      }
      ioLimit += r;
    }
    return true;
  }
}
