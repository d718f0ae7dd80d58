package com.passerelle.webhook;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads the first 4 KB of an answer's body, then cancels the rest (the client drops the
 * connection): a receiver answering 50 MB, or one that never ends its body, costs 4 KB and at most
 * the timeout. Only the status counts for delivery (seed 002); the excerpt is for the attempt log.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Read> {
  static final int LIMIT = 4096;

  /** What was read: the text (UTF-8, broken characters replaced) and whether more was left. */
  record Read(String text, boolean truncated) {}

  // One daemon thread that only cancels bodies past their deadline.
  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "webhook-body-deadline");
            t.setDaemon(true);
            return t;
          });

  private final byte[] bytes = new byte[LIMIT];
  private final CompletableFuture<Read> result = new CompletableFuture<>();
  private final Duration timeout;
  private int length;
  private volatile Flow.Subscription subscription;
  private ScheduledFuture<?> deadline;

  private CappedBody(Duration timeout) {
    this.timeout = timeout;
  }

  static HttpResponse.BodyHandler<Read> handler(Duration timeout) {
    return info -> new CappedBody(timeout);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    deadline = DEADLINES.schedule(() -> finish(true), timeout.toMillis(), TimeUnit.MILLISECONDS);
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    synchronized (this) {
      for (ByteBuffer buffer : buffers) {
        int n = Math.min(buffer.remaining(), LIMIT - length);
        buffer.get(bytes, length, n);
        length += n;
        if (buffer.hasRemaining()) {
          break;
        }
      }
    }
    if (length >= LIMIT) {
      finish(true);
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    finish(false); // what arrived is kept: the status already decided
  }

  @Override
  public void onComplete() {
    finish(false);
  }

  /** Completes once; cancelling drops the rest of the body and its connection. */
  private void finish(boolean cancel) {
    Read read;
    synchronized (this) {
      if (result.isDone()) {
        return;
      }
      String text = new String(bytes, 0, length, StandardCharsets.UTF_8).replace('\0', ' ');
      read = new Read(text, cancel);
    }
    if (deadline != null) {
      deadline.cancel(false);
    }
    if (cancel) {
      subscription.cancel();
    }
    result.complete(read);
  }

  /** Completes when the body ended, its 4 KB were read, or its deadline passed. */
  @Override
  public CompletionStage<Read> getBody() {
    return result;
  }
}
