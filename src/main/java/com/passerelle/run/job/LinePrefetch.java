package com.passerelle.run.job;

import com.passerelle.run.PreparedLine;
import com.passerelle.source.csv.CsvRecord;
import com.passerelle.source.csv.CsvRecordReader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Reads, evaluates and encodes the next lines on a second thread while the chunk thread writes the
 * previous ones: parsing, validation and most of the rows' text (half of the Java time of an
 * import) then overlap the database's work instead of adding to it. Only the lines the writer took
 * count for the checkpoint, so lines read ahead and lost in a crash are simply read again; the
 * bounded queue keeps memory flat.
 */
final class LinePrefetch implements AutoCloseable {
  /** A line with where the next one starts: the checkpoint once this line is written. */
  record Item(PreparedLine line, ReadPosition next, int bytes) {
    Item(PreparedLine line, ReadPosition next) {
      this(line, next, 0);
    }
  }

  private static final Item END = new Item(null, null);

  /**
   * Source bytes read ahead at most, besides the line count: lines of long values (a 20 KB value is
   * kept whole on a line it fails) would otherwise hold hundreds of MB. A line takes about ten
   * times its bytes in memory, so this is some 40 MB; ordinary lines never reach it.
   */
  static final int MAX_BYTES_AHEAD = 4 << 20;

  /** Room left for bytes read ahead: taken by the reading thread, given back by next(). */
  private final Semaphore room = new Semaphore(MAX_BYTES_AHEAD);

  private final BlockingQueue<Object> queue;
  private final CsvRecordReader reader;
  private final Function<CsvRecord, PreparedLine> prepare;
  private final FailedLines only;
  private final Future<?> task;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean closed;

  LinePrefetch(
      CsvRecordReader reader,
      Function<CsvRecord, PreparedLine> prepare,
      int capacity,
      ExecutorService executor) {
    this(reader, prepare, null, capacity, executor);
  }

  /** Reads only the lines {@code only} names (a re-run), when not null. */
  LinePrefetch(
      CsvRecordReader reader,
      Function<CsvRecord, PreparedLine> prepare,
      FailedLines only,
      int capacity,
      ExecutorService executor) {
    this.reader = reader;
    this.prepare = prepare;
    this.only = only;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.task = executor.submit(this::fill);
  }

  /** The next line, or null at the end of the file; a failure of the reading thread is thrown. */
  Item next() throws Exception {
    Object next = queue.take();
    if (next instanceof Exception e) {
      queue.put(e); // every later call fails the same way
      throw e;
    }
    if (next == END) {
      queue.put(END);
      return null;
    }
    Item item = (Item) next;
    room.release(item.bytes());
    return item;
  }

  private void fill() {
    if (!started.compareAndSet(false, true)) {
      return; // closed before it began
    }
    try {
      CsvRecord record;
      long end = -1; // where the previous record ended: a record's size is the difference
      while (!closed && (record = reader.next()) != null) {
        long size = end < 0 ? 0 : record.endOffset() - end;
        end = record.endOffset();
        if (only != null) {
          int wanted = only.atOrAfter(record.lineNumber());
          if (wanted < 0) {
            break; // no failed line further down: the rest of the file is not read
          }
          if (wanted != record.lineNumber()) {
            continue; // not re-run: parsed only to find where the next record starts
          }
        }
        PreparedLine line = prepare.apply(record);
        // At most the whole room per line, so one huge line still passes alone.
        int bytes = (int) Math.min(size, MAX_BYTES_AHEAD);
        room.acquire(bytes);
        queue.put(
            new Item(line, new ReadPosition(record.endOffset(), record.nextLineNumber()), bytes));
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed while waiting for room
    } catch (Exception | Error e) {
      try {
        queue.put(e instanceof Exception ex ? ex : new IllegalStateException(e));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    } finally {
      finished.countDown();
    }
  }

  /** Stops the reading thread, waits for it, then closes the file. */
  @Override
  public void close() throws Exception {
    closed = true;
    boolean running = !started.compareAndSet(false, true);
    task.cancel(true);
    queue.clear(); // room for a put that raced the interrupt
    try {
      // The file is the reading thread's until it stops: closed only after that.
      if (running && !finished.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The line reader did not stop within 10 s");
      }
    } finally {
      reader.close();
    }
  }
}
