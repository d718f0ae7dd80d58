package com.passerelle.hook;

import com.passerelle.catalog.RequestError;
import com.passerelle.flow.Flow;
import com.passerelle.security.Refusal;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /hooks/hris/{flowId}}: the sync-finished and data-changed webhooks of an HRIS API. No
 * session and no cookie: the caller proves itself with the flow's webhook secret ("Authorization:
 * Bearer" or X-Webhook-Secret), checked before a byte of the body is read; a body is at most 1 MB.
 */
@WebServlet(name = HrisWebhookServlet.NAME, urlPatterns = "/hooks/*")
public class HrisWebhookServlet extends HttpServlet {
  public static final String NAME = "hooks";
  static final int MAX_BYTES = 1 << 20;
  private static final Pattern PATH = Pattern.compile("/hris/(\\d{1,18})");

  @Inject HrisWebhooks hooks;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Matcher path = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!path.matches()) {
      Refusal.send(req, res, 404, RequestError.NO_SUCH_ADDRESS, Map.of());
      return;
    }
    if (!"POST".equals(req.getMethod())) {
      res.setHeader("Allow", "POST");
      Refusal.send(req, res, 405, RequestError.METHOD_NOT_ALLOWED, Map.of());
      return;
    }
    long flowId = Long.parseLong(path.group(1));
    Optional<Flow> flow = hooks.authenticate(flowId, secret(req));
    if (flow.isEmpty()) {
      hooks.refused(flowId, 401);
      res.setHeader("WWW-Authenticate", "Bearer");
      Refusal.send(req, res, 401, RequestError.WEBHOOK_SECRET_INVALID, Map.of());
      return;
    }
    byte[] body = req.getContentLengthLong() > MAX_BYTES ? null : readAtMost(req.getInputStream());
    if (body == null) {
      hooks.refused(flowId, 413);
      Refusal.send(req, res, 413, RequestError.REQUEST_TOO_LARGE, Map.of("limit", "1 MB"));
      return;
    }
    HrisWebhooks.Receipt receipt;
    try {
      receipt = hooks.receive(flow.get(), HrisEvent.of(parse(body)));
    } catch (IllegalArgumentException e) {
      hooks.refused(flowId, 400);
      Refusal.send(
          req, res, 400, RequestError.WEBHOOK_PAYLOAD_INVALID, Map.of("reason", e.getMessage()));
      return;
    }
    answer(res, receipt);
  }

  private static String secret(HttpServletRequest req) {
    String authorization = req.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).trim();
    }
    return req.getHeader("X-Webhook-Secret");
  }

  /** The body, or null when it is longer than the limit (a chunked body declares no length). */
  private static byte[] readAtMost(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    return bytes.length > MAX_BYTES ? null : bytes;
  }

  private static JsonValue parse(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readValue();
    } catch (RuntimeException e) { // JsonException, and the parser's own for deep nesting
      throw new IllegalArgumentException("the body is not valid JSON");
    }
  }

  /** 202 for an event taken into account, 200 for a repeated delivery. */
  private static void answer(HttpServletResponse res, HrisWebhooks.Receipt receipt)
      throws IOException {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("event", receipt.event()).add("outcome", receipt.outcome());
    if (receipt.run() != null) {
      json.add("run", receipt.run());
    }
    if (receipt.detail() != null) {
      json.add("detail", receipt.detail());
    }
    res.setStatus("DUPLICATE".equals(receipt.outcome()) ? 200 : 202);
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(json.build().toString());
  }
}
