package com.passerelle.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * An HTTP server giving one fixed answer to every request after a delay: an HRIS that is slow (a
 * run stays in progress) or hostile (an answer outside the contract), for the ITs of HRIS flows.
 */
final class StubHris implements AutoCloseable {
  static final String EMPTY_PAGE =
      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}";

  private final HttpServer server;

  private StubHris(HttpServer server) {
    this.server = server;
  }

  static StubHris answering(Duration delay, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try {
            Thread.sleep(delay.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    return new StubHris(server);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
