package com.passerelle.source.hris;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The body of one answer, read through two guards the JDK client lacks once the headers are in: a
 * size cap (a 50 MB page fails after the limit, nothing of it held) and an idle timeout (a server
 * that stops sending mid-body is cut off instead of holding the run forever).
 *
 * <p>The timeout closes the stream from a timer of the JDK's shared delayed executor, which
 * unblocks the reading thread; the read then fails as an {@link HttpTimeoutException}.
 */
final class ResponseBody extends FilterInputStream {

  /** The body went past {@code maxBytes}. */
  static final class TooLargeException extends IOException {
    TooLargeException(long maxBytes) {
      super("response body over " + maxBytes + " bytes");
    }
  }

  private final long maxBytes;
  private final long idleNanos;
  private long count;
  private volatile long lastProgress = System.nanoTime();
  private volatile boolean closed;
  private volatile boolean timedOut;

  private ResponseBody(InputStream in, long maxBytes, Duration idleTimeout) {
    super(in);
    this.maxBytes = maxBytes;
    this.idleNanos = idleTimeout.toNanos();
  }

  /** Wraps {@code in} and starts its idle timer. */
  static ResponseBody watch(InputStream in, long maxBytes, Duration idleTimeout) {
    ResponseBody body = new ResponseBody(in, maxBytes, idleTimeout);
    body.checkIn(body.idleNanos);
    return body;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    // At most one byte past the limit: enough to know the body is too large.
    int allowed = (int) Math.min(len, maxBytes - count + 1);
    int n;
    try {
      n = in.read(b, off, allowed);
    } catch (IOException e) {
      if (timedOut) {
        throw new HttpTimeoutException("no data for " + Duration.ofNanos(idleNanos));
      }
      throw e;
    }
    if (n > 0) {
      count += n;
      lastProgress = System.nanoTime();
      if (count > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 1), 8192)];
    int read = read(buffer, 0, (int) Math.min(n, buffer.length));
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    in.close();
  }

  private void checkIn(long delayNanos) {
    CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS).execute(this::check);
  }

  private void check() {
    if (closed) {
      return;
    }
    long idle = System.nanoTime() - lastProgress;
    if (idle < idleNanos) {
      checkIn(idleNanos - idle);
      return;
    }
    timedOut = true;
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // the reading thread fails on its next read either way
    }
  }
}
