package com.passerelle.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A {@link FakeHris} served by the JDK's HTTP server on a free local port, for client tests; it
 * records every request so tests can check headers and cursors.
 */
public final class FakeHrisServer implements AutoCloseable {
  private static final String CONTEXT = "/hris";

  /** One request as the server saw it; header names as the JDK server normalises them. */
  public record Request(
      String method, String rawQuery, Map<String, String> query, Map<String, String> headers) {}

  static {
    // The JDK server otherwise writes headers and body in two packets and waits for the delayed
    // ACK of the first: 40 ms a request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final FakeHris hris;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public FakeHrisServer(FakeHris hris) throws IOException {
    this.hris = hris;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(CONTEXT, this::serve);
    server.setExecutor(executor);
    server.start();
  }

  /** The base URL a client is given: the API paths follow it. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT;
  }

  public FakeHris hris() {
    return hris;
  }

  public List<Request> requests() {
    return requests;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String rawQuery = exchange.getRequestURI().getRawQuery();
      Map<String, String> query = decodeQuery(rawQuery);
      Map<String, String> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
      requests.add(new Request(exchange.getRequestMethod(), rawQuery, query, headers));
      String path = exchange.getRequestURI().getPath().substring(CONTEXT.length());
      FakeHris.Response answer = hris.handle(exchange.getRequestMethod(), path, query, headers);
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static Map<String, String> decodeQuery(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return query;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
