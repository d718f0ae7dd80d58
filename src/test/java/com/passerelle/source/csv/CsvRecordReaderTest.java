package com.passerelle.source.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.source.csv.CsvRecord.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static CsvRecordReader reader(String content) {
    return reader(content.getBytes(StandardCharsets.UTF_8));
  }

  private static CsvRecordReader reader(byte[] content) {
    return new CsvRecordReader(new ByteArrayInputStream(content), CsvFormat.comma());
  }

  private static List<CsvRecord> readAll(CsvRecordReader reader) throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return records;
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  @Test
  void readsSimpleLines() throws IOException {
    List<CsvRecord> records = readAll(reader("id,name\n1,Alice\n2,Bob\n"));

    assertEquals(3, records.size());
    assertEquals(List.of("id", "name"), records.get(0).fields());
    assertEquals(List.of("1", "Alice"), records.get(1).fields());
    assertEquals(List.of("2", "Bob"), records.get(2).fields());
    assertEquals(1, records.get(0).lineNumber());
    assertEquals(2, records.get(0).nextLineNumber());
    assertEquals(3, records.get(2).lineNumber());
    assertEquals(8, records.get(0).endOffset()); // "id,name\n"
    assertEquals(16, records.get(1).endOffset());
    assertTrue(records.get(0).ok());
  }

  @Test
  void lastLineWithoutTerminatorAndEmptyFieldsAreKept() throws IOException {
    List<CsvRecord> records = readAll(reader("a,,c,\n1, x ,"));

    assertEquals(List.of("a", "", "c", ""), records.get(0).fields());
    assertEquals(List.of("1", " x ", ""), records.get(1).fields()); // no trimming
    assertEquals(12, records.get(1).endOffset());
    assertEquals(3, records.get(1).nextLineNumber());
  }

  @Test
  void handlesCrlf() throws IOException {
    List<CsvRecord> records = readAll(reader("a,b\r\n1,2\r\n"));

    assertEquals(2, records.size());
    assertEquals(List.of("a", "b"), records.get(0).fields());
    assertEquals(List.of("1", "2"), records.get(1).fields());
    assertEquals(5, records.get(0).endOffset());
    assertEquals(2, records.get(1).lineNumber());
    assertEquals(10, records.get(1).endOffset());
  }

  @Test
  void treatsLoneCrAsLineEnd() throws IOException {
    List<CsvRecord> records = readAll(reader("a,b\r1,2\r\"x\ry\"\r3,4"));

    assertEquals(List.of("a", "b"), records.get(0).fields());
    assertEquals(List.of("1", "2"), records.get(1).fields());
    assertEquals(2, records.get(1).lineNumber());
    assertEquals(List.of("x\ry"), records.get(2).fields());
    assertEquals(5, records.get(2).nextLineNumber()); // the quoted CR is a line too
    assertEquals(5, records.get(3).lineNumber());
  }

  @Test
  void skipsBomButCountsItInOffsets() throws IOException {
    byte[] content = bytes(0xEF, 0xBB, 0xBF, "id,name\n1,é\n");
    List<CsvRecord> records = readAll(reader(content));

    assertEquals(List.of("id", "name"), records.get(0).fields());
    assertEquals(3 + 8, records.get(0).endOffset());
    assertEquals(List.of("1", "é"), records.get(1).fields());
    assertEquals(content.length, records.get(1).endOffset());
  }

  @Test
  void quotedFieldMayContainDelimiter() throws IOException {
    CsvRecord record = reader("\"Doe, John\",42\n").next();

    assertEquals(List.of("Doe, John", "42"), record.fields());
  }

  @Test
  void quotedFieldMayContainNewlines() throws IOException {
    CsvRecordReader reader = reader("h1,h2\n1,\"line1\nline2\r\nline3\"\n2,x\n");
    reader.next();
    CsvRecord multi = reader.next();
    CsvRecord after = reader.next();

    assertEquals(List.of("1", "line1\nline2\r\nline3"), multi.fields());
    assertEquals(2, multi.lineNumber());
    assertEquals(5, multi.nextLineNumber()); // spans physical lines 2, 3 and 4
    assertEquals(5, after.lineNumber());
    assertEquals(6, after.nextLineNumber());
    assertEquals(List.of("2", "x"), after.fields());
    assertNull(reader.next());
  }

  @Test
  void doubledQuotesMeanOneQuote() throws IOException {
    CsvRecord record = reader("\"say \"\"hi\"\"\",\"\"\"\",\"\"\n").next();

    assertEquals(List.of("say \"hi\"", "\"", ""), record.fields());
  }

  @Test
  void textAfterClosingQuoteAndQuotesInsideUnquotedFieldsAreKept() throws IOException {
    CsvRecord record = reader("\"ab\"c,d\"e\n").next();

    assertEquals(List.of("abc", "d\"e"), record.fields());
  }

  @Test
  void blankLinesAreSkippedButCounted() throws IOException {
    CsvRecordReader reader = reader("a,b\n\n   \n\t\r\n1,2\n\n");
    CsvRecord header = reader.next();
    CsvRecord row = reader.next();

    assertEquals(1, header.lineNumber());
    assertEquals(List.of("1", "2"), row.fields());
    assertEquals(5, row.lineNumber());
    assertEquals(6, row.nextLineNumber());
    assertNull(reader.next());
  }

  @Test
  void emptyFileReturnsNullAtOnce() throws IOException {
    CsvRecordReader reader = reader(new byte[0]);

    assertNull(reader.next());
    assertNull(reader.next());
  }

  @Test
  void bomOnlyFileReturnsNull() throws IOException {
    assertNull(reader(bytes(0xEF, 0xBB, 0xBF)).next());
  }

  @Test
  void headerOnly() throws IOException {
    CsvRecordReader reader = reader("id,name\n");

    assertEquals(List.of("id", "name"), reader.next().fields());
    assertNull(reader.next());
  }

  @Test
  void invalidUtf8SpoilsOnlyItsRecord() throws IOException {
    // "café" written in Latin-1: 0xE9 alone is not valid UTF-8.
    byte[] content = bytes("id,name\n1,caf", 0xE9, "\n2,ok\n");
    CsvRecordReader reader = reader(content);
    reader.next();
    CsvRecord bad = reader.next();
    CsvRecord good = reader.next();

    assertEquals(Problem.INVALID_ENCODING, bad.problem());
    assertFalse(bad.ok());
    assertEquals(List.of("1", "caf\uFFFD"), bad.fields());
    assertEquals(2, bad.lineNumber());
    assertEquals(3, bad.nextLineNumber());
    assertEquals(15, bad.endOffset()); // "id,name\n" + "1,caf" + 0xE9 + "\n"
    assertEquals(Problem.NONE, good.problem());
    assertEquals(List.of("2", "ok"), good.fields());
    assertEquals(3, good.lineNumber());
    assertNull(reader.next());
  }

  @Test
  void unterminatedQuoteAtEof() throws IOException {
    byte[] content = "a,b\n1,\"never closed\n2,x\n".getBytes(StandardCharsets.UTF_8);
    CsvRecordReader reader = reader(content);
    reader.next();
    CsvRecord broken = reader.next();

    assertEquals(Problem.UNTERMINATED_QUOTE, broken.problem());
    assertTrue(broken.fields().isEmpty());
    assertEquals(2, broken.lineNumber());
    assertEquals(content.length, broken.endOffset());
    assertNull(reader.next());
  }

  @Test
  void tooLongRecordIsReportedThenReadingRecovers() throws IOException {
    String longLine = "x".repeat(50) + ",y\n";
    byte[] content = ("a,b\n" + longLine + "1,2\n").getBytes(StandardCharsets.UTF_8);
    CsvRecordReader reader =
        new CsvRecordReader(new ByteArrayInputStream(content), CsvFormat.comma(), 0, 1, 16);

    assertEquals(List.of("a", "b"), reader.next().fields());
    CsvRecord tooLong = reader.next();
    assertEquals(Problem.RECORD_TOO_LONG, tooLong.problem());
    assertEquals(2, tooLong.lineNumber());
    assertEquals(3, tooLong.nextLineNumber());
    assertEquals(4 + longLine.length(), tooLong.endOffset());
    CsvRecord next = reader.next();
    assertEquals(List.of("1", "2"), next.fields());
    assertEquals(3, next.lineNumber());
    assertNull(reader.next());
  }

  @Test
  void recordOfExactlyMaxBytesIsAccepted() throws IOException {
    CsvRecordReader reader =
        new CsvRecordReader(
            new ByteArrayInputStream("abcd,efgh\n".getBytes(StandardCharsets.UTF_8)),
            CsvFormat.comma(),
            0,
            1,
            9);

    assertEquals(List.of("abcd", "efgh"), reader.next().fields());
  }

  @Test
  void resumesFromCheckpoint() throws IOException {
    byte[] content = bytes(0xEF, 0xBB, 0xBF, "id,text\n1,\"multi\nline\"\n2,\"a,b\"\n3,last\n");
    List<CsvRecord> full = readAll(reader(content));
    CsvRecord checkpoint = full.get(1);

    // A stream whose skip() advances at most one byte and sometimes not at all.
    InputStream stingySkip =
        new FilterInputStream(new ByteArrayInputStream(content)) {
          private int calls;

          @Override
          public long skip(long n) throws IOException {
            return (calls++ % 2 == 0) ? 0 : super.skip(Math.min(n, 1));
          }
        };
    CsvRecordReader resumed =
        new CsvRecordReader(
            stingySkip, CsvFormat.comma(), checkpoint.endOffset(), checkpoint.nextLineNumber());

    assertEquals(4, full.size());
    assertEquals(4, checkpoint.nextLineNumber());
    CsvRecord third = resumed.next();
    assertEquals(full.get(2), third);
    assertEquals(List.of("2", "a,b"), third.fields());
    assertEquals(full.get(3), resumed.next());
    assertNull(resumed.next());
  }

  @Test
  void resumeBeyondEndOfInputFails() {
    CsvRecordReader reader =
        new CsvRecordReader(
            new ByteArrayInputStream(new byte[] {'a', '\n'}), CsvFormat.comma(), 10, 5);

    assertThrows(IOException.class, reader::next);
  }

  @Test
  void semicolonDelimiter() throws IOException {
    CsvRecordReader reader =
        new CsvRecordReader(
            new ByteArrayInputStream(
                "id;price\n1;\"3,50\"\n2;4,20\n".getBytes(StandardCharsets.UTF_8)),
            CsvFormat.of(";"));

    assertEquals(List.of("id", "price"), reader.next().fields());
    assertEquals(List.of("1", "3,50"), reader.next().fields());
    assertEquals(List.of("2", "4,20"), reader.next().fields());
  }

  @Test
  void formatOfAcceptsKnownDelimitersOnly() {
    assertEquals(new CsvFormat(',', '"'), CsvFormat.comma());
    assertEquals(';', CsvFormat.of(";").delimiter());
    assertEquals('\t', CsvFormat.of("\t").delimiter());
    assertEquals('\t', CsvFormat.of("tab").delimiter());
    assertEquals('|', CsvFormat.of("|").delimiter());
    assertThrows(IllegalArgumentException.class, () -> CsvFormat.of(":"));
    assertThrows(IllegalArgumentException.class, () -> CsvFormat.of(null));
  }

  @Test
  void streamsOneMillionLinesWithoutLoadingThem() {
    int lines = 1_000_000;
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          CsvRecordReader reader = new CsvRecordReader(new GeneratedCsv(lines), CsvFormat.comma());
          int count = 0;
          CsvRecord last = null;
          for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            assertTrue(r.ok());
            count++;
            last = r;
          }
          assertEquals(lines + 1, count); // header + data lines
          assertNotNull(last);
          assertEquals(lines + 1, last.lineNumber());
          assertEquals(List.of(String.valueOf(lines), "name " + lines), last.fields());
        });
  }

  /** Produces "id,name\n" then "i,name i\n" for i = 1..lines, generating bytes on the fly. */
  private static final class GeneratedCsv extends InputStream {
    private final int lines;
    private int nextLine = 0; // 0 = header
    private byte[] current = new byte[0];
    private int pos;

    GeneratedCsv(int lines) {
      this.lines = lines;
    }

    private boolean advance() {
      if (pos < current.length) {
        return true;
      }
      if (nextLine > lines) {
        return false;
      }
      String text = nextLine == 0 ? "id,name\n" : nextLine + ",name " + nextLine + "\n";
      current = text.getBytes(StandardCharsets.US_ASCII);
      pos = 0;
      nextLine++;
      return true;
    }

    @Override
    public int read() {
      return advance() ? current[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len && advance()) {
        int chunk = Math.min(len - n, current.length - pos);
        System.arraycopy(current, pos, b, off + n, chunk);
        pos += chunk;
        n += chunk;
      }
      return n == 0 ? -1 : n;
    }
  }
}
