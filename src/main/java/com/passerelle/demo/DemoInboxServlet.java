package com.passerelle.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The demo inbox: a webhook receiver inside the app, so a newcomer approves an absence and sees its
 * leaves arrive (page /demo/inbox/calls). POST only; records every call (the Authorization header
 * masked, never kept), then answers 401 when the demo endpoint's key is not the one sent, 500 while
 * the page's switch is on, else 200. Not annotated: registered only with demo data on ({@link
 * DemoInboxRegistration}); open without login like the fake HRIS (its key is its check).
 */
public class DemoInboxServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The servlet's name: the origin and CSRF filters let webhooks through by it. */
  public static final String NAME = "demoInbox";

  /** Bytes of a body kept per call; the rest is read and dropped (a leave is under 1 KB). */
  static final int MAX_BODY = 16 * 1024;

  private final transient DemoInbox inbox;

  public DemoInboxServlet(DemoInbox inbox) {
    this.inbox = inbox;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"POST".equals(request.getMethod())) {
      response.setHeader("Allow", "POST");
      answer(response, 405, "{\"error\":\"the demo inbox takes POST only\"}");
      return;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      String value = request.getHeader(name);
      headers.put(name, isAuthorization(name) ? mask(value) : value);
    }
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    boolean cut = read(request.getInputStream(), kept);
    String body = kept.toString(StandardCharsets.UTF_8);
    boolean authorized =
        DemoInbox.EXPECTED_AUTHORIZATION.equals(request.getHeader("Authorization"));
    int status = !authorized ? 401 : inbox.failing() ? 500 : 200;
    long number =
        inbox.record(Instant.now(), request.getHeader("X-Event"), headers, body, status, cut);
    answer(
        response,
        status,
        switch (status) {
          case 401 -> "{\"error\":\"wrong or missing authorization key\"}";
          case 500 -> "{\"error\":\"the demo inbox is set to answer 500\"}";
          default -> "{\"received\":" + number + "}";
        });
  }

  static boolean isAuthorization(String name) {
    return name.toLowerCase(Locale.ROOT).equals("authorization");
  }

  /** "Basic ****": the scheme stays readable, the key never shows. */
  static String mask(String value) {
    if (value == null) {
      return null;
    }
    int space = value.indexOf(' ');
    return (space > 0 ? value.substring(0, space) + " " : "") + "****";
  }

  /** Keeps the first {@link #MAX_BODY} bytes; says whether there were more. */
  private static boolean read(InputStream in, ByteArrayOutputStream kept) throws IOException {
    byte[] buffer = new byte[8192];
    boolean cut = false;
    for (int n; (n = in.read(buffer)) > 0; ) {
      int room = MAX_BODY - kept.size();
      if (room > 0) {
        kept.write(buffer, 0, Math.min(room, n));
      }
      cut |= n > room;
    }
    return cut;
  }

  private static void answer(HttpServletResponse response, int status, String json)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }
}
