package com.passerelle.run.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.flow.PersonField;
import com.passerelle.run.EvaluatedLine;
import com.passerelle.run.LineStatus;
import com.passerelle.run.PreparedLine;
import com.passerelle.source.csv.CsvFormat;
import com.passerelle.source.csv.CsvRecord;
import com.passerelle.source.csv.CsvRecordReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LinePrefetchTest {
  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private static final Function<CsvRecord, PreparedLine> PREPARE =
      record ->
          PreparedLine.of(
              7L,
              new EvaluatedLine(
                  record.lineNumber(),
                  LineStatus.SUCCESS,
                  // a record over the reader's 1 MiB limit comes without fields
                  record.fields().isEmpty()
                      ? Map.of()
                      : Map.of(PersonField.EMAIL, record.fields().get(0)),
                  List.of(),
                  ""),
              null);

  /** A file whose close is seen, with {@code lines} one-field records after a header. */
  private static final class File extends ByteArrayInputStream {
    final AtomicBoolean closed = new AtomicBoolean();

    File(int lines) {
      super(content(lines));
    }

    private static byte[] content(int lines) {
      StringBuilder text = new StringBuilder("email\n");
      for (int i = 1; i <= lines; i++) {
        text.append("p").append(i).append("@x.fr\n");
      }
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  private static CsvRecordReader afterHeader(File file) {
    return new CsvRecordReader(file, CsvFormat.comma(), 6, 2); // "email\n" is 6 bytes, line 1
  }

  @Test
  void linesComeInFileOrderWithWhereTheNextOneStarts() throws Exception {
    File file = new File(3);
    try (LinePrefetch lines = new LinePrefetch(afterHeader(file), PREPARE, 2, executor)) {
      long offset = 6;
      for (int i = 1; i <= 3; i++) {
        LinePrefetch.Item item = lines.next();
        offset += ("p" + i + "@x.fr\n").length();
        assertEquals(i + 1, item.line().line().getLineNumber());
        assertEquals("p" + i + "@x.fr", item.line().line().getEmail());
        assertEquals(new ReadPosition(offset, i + 2), item.next());
      }
      assertNull(lines.next());
      assertNull(lines.next(), "the end stays the end");
    }
    assertTrue(file.closed.get());
  }

  @Test
  void aFailureWhileReadingReachesTheChunkThread() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    Function<CsvRecord, PreparedLine> failing =
        record -> {
          if (record.lineNumber() == 3) {
            throw boom;
          }
          return PREPARE.apply(record);
        };
    try (LinePrefetch lines = new LinePrefetch(afterHeader(new File(5)), failing, 10, executor)) {
      assertEquals(2, lines.next().line().line().getLineNumber());
      assertSame(boom, assertThrows(IllegalStateException.class, lines::next));
      assertSame(boom, assertThrows(IllegalStateException.class, lines::next));
    }
  }

  /** A file of {@code lines} records of {@code size} bytes each, after a 6-byte header. */
  private static CsvRecordReader bigLines(int lines, int size) {
    StringBuilder text = new StringBuilder("email\n");
    for (int i = 1; i <= lines; i++) {
      text.append("p").append(i).append("@x.fr").append(",").append("v".repeat(size)).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    return new CsvRecordReader(new ByteArrayInputStream(bytes), CsvFormat.comma(), 6, 2);
  }

  @Test
  void longLinesAreReadAheadWithinTheByteBudgetNotTheLineCount() throws Exception {
    AtomicInteger prepared = new AtomicInteger();
    Function<CsvRecord, PreparedLine> counting =
        record -> {
          prepared.incrementAndGet();
          return PREPARE.apply(record);
        };
    int size = 500_000; // 40 lines of 500 KB: 20 MB, five times the budget
    try (LinePrefetch lines = new LinePrefetch(bigLines(40, size), counting, 10_000, executor)) {
      lines.next();
      Thread.sleep(500); // the reading thread runs ahead as far as it may
      int ahead = prepared.get() - 1;
      assertTrue(
          ahead <= LinePrefetch.MAX_BYTES_AHEAD / size + 2,
          ahead + " lines of 500 KB read ahead, the budget is " + LinePrefetch.MAX_BYTES_AHEAD);
      int read = 1;
      while (lines.next() != null) {
        read++;
      }
      assertEquals(40, read, "every line still comes");
    }
  }

  @Test
  void aRecordLargerThanTheWholeBudgetStillPasses() throws Exception {
    // (longer than the reader's 1 MiB limit too: it comes as a failed record, and the next ones)
    try (LinePrefetch lines =
        new LinePrefetch(
            bigLines(3, LinePrefetch.MAX_BYTES_AHEAD + 1000), PREPARE, 10_000, executor)) {
      assertEquals(2, lines.next().line().line().getLineNumber());
      assertEquals(3, lines.next().line().line().getLineNumber());
      assertEquals(4, lines.next().line().line().getLineNumber());
      assertNull(lines.next());
    }
  }

  @Test
  void closingStopsAReaderWaitingForRoomAndClosesTheFile() throws Exception {
    File file = new File(10_000);
    LinePrefetch lines = new LinePrefetch(afterHeader(file), PREPARE, 3, executor);
    lines.next(); // the reading thread now fills the queue and waits
    long start = System.nanoTime();
    lines.close();
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "close waits for the reader only");
    assertTrue(file.closed.get());
  }
}
