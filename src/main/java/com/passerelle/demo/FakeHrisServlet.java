package com.passerelle.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves a {@link FakeHris} over the app's own HTTP port, so the demo reads "its HRIS" without
 * anything else running. Not annotated: it is registered (under e.g. {@code /demo/hris/*}) only
 * when demo data is on. The path after the mapping is the API path: {@code
 * {mapping}/v1/hris/employees}.
 */
public class FakeHrisServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient FakeHris hris;

  /** The demo's HRIS ({@link FakeHris#demo()}). */
  public FakeHrisServlet() {
    this(FakeHris.demo());
  }

  public FakeHrisServlet(FakeHris hris) {
    this.hris = hris;
  }

  public FakeHris hris() {
    return hris;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, String> query = new HashMap<>();
    request.getParameterMap().forEach((name, values) -> query.put(name, values[0]));
    Map<String, String> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, request.getHeader(name));
    }
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    FakeHris.Response answer = hris.handle(request.getMethod(), path, query, headers);

    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }
}
