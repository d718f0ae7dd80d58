package com.passerelle.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A customer's webhook receiver for the tests: a real JDK HttpServer on loopback, scripted per call
 * (200, 401, 500, slow, closing the connection, a 50 MB body, a redirect) and recording every call
 * it got (headers, body, time). Runs in the tests' JVM or, for in-server tests, inside the server.
 */
public final class Receiver implements AutoCloseable {
  /** One call as received. */
  public record Call(
      Instant at, String method, String path, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** How to answer one call. */
  @FunctionalInterface
  public interface Answer {
    void answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final List<Call> all = java.util.Collections.synchronizedList(new ArrayList<>());
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private volatile Function<Call, Answer> fallback = c -> status(200);

  public Receiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(
        Executors.newFixedThreadPool(
            16,
            r -> {
              Thread t = new Thread(r, "receiver");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/", this::handle);
    server.start();
  }

  /** http://127.0.0.1:port + path */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next calls answer these, in order; then the fallback answers. */
  public Receiver then(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  /** How calls beyond the script are answered (default 200). */
  public Receiver otherwise(Function<Call, Answer> answer) {
    this.fallback = answer;
    return this;
  }

  public Call next(Duration wait) throws InterruptedException {
    return calls.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  public List<Call> calls() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, String> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
    Call call =
        new Call(
            Instant.now(),
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            headers,
            new String(body, StandardCharsets.UTF_8));
    all.add(call);
    calls.add(call);
    Answer answer = script.poll();
    (answer != null ? answer : fallback.apply(call)).answer(exchange);
  }

  public static Answer status(int status) {
    return status(status, "{\"ok\":" + (status < 300) + "}");
  }

  public static Answer status(int status, String body) {
    return ex -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  /** Answers after a while (longer than the sender's timeout: "never answers"). */
  public static Answer slow(Duration delay, int status) {
    return ex -> {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      status(status).answer(ex);
    };
  }

  /** Drops the connection without any answer. */
  public static Answer hangUp() {
    return HttpExchange::close;
  }

  /** 200 with a body of this many bytes, written as long as the client reads. */
  public static Answer big(long bytes) {
    return ex -> {
      ex.sendResponseHeaders(200, bytes);
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'x');
      try (OutputStream out = ex.getResponseBody()) {
        for (long sent = 0; sent < bytes; sent += chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, bytes - sent));
        }
      } catch (IOException clientLeft) {
        // the client read what it wanted and closed: expected
      }
    };
  }

  public static Answer redirect(String location) {
    return ex -> {
      ex.getResponseHeaders().add("Location", location);
      ex.sendResponseHeaders(302, -1);
      ex.close();
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
