package com.passerelle.source.hris;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that answers as a test says, for the answers no honest HRIS gives: hangs,
 * floods, loops, wrong shapes. Each answer is chosen by the number of the request (1, 2, ...).
 */
final class HttpStub implements AutoCloseable {

  /** Writes the answer to request number {@code n}. */
  interface Answer {
    void answer(int n, HttpExchange exchange) throws IOException;
  }

  static {
    // The JDK server otherwise writes headers and body in two packets and waits for the delayed
    // ACK of the first: 40 ms a request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicInteger requests = new AtomicInteger();

  HttpStub(Answer answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            answer.answer(requests.incrementAndGet(), exchange);
          } catch (IOException clientWentAway) {
            // the client closed the connection: expected for floods and hangs
          }
        });
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int requests() {
    return requests.get();
  }

  /** Blocks a handler until the stub closes (which interrupts it), at most a minute. */
  static void hang() {
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** A success envelope around {@code results} (a JSON list) and {@code next} (JSON text). */
  static String page(String results, String next) {
    return "{\"status\":\"success\",\"data\":{\"next\":" + next + ",\"results\":" + results + "}}";
  }

  /** {@code count} minimal employees, ids prefixed by {@code prefix}. */
  static String employees(String prefix, int count) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      out.append(i > 0 ? "," : "")
          .append("{\"id\":\"")
          .append(prefix)
          .append(i)
          .append("\",\"remote_id\":\"r")
          .append(prefix)
          .append(i)
          .append("\"}");
    }
    return out.append(']').toString();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
