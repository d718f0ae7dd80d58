package com.passerelle.security;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.RequestError;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * How the security filters refuse a request, before any page or API code runs: an RFC 9457 problem
 * (the API's error format) for API calls and non-browsers, a minimal page for browsers. Texts from
 * the catalog. A body the request still carries is left unread: the connection is closed instead of
 * drained, so a refused upload costs the server nothing.
 */
public final class Refusal {
  private Refusal() {}

  public static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      RequestError error,
      Map<String, String> params)
      throws IOException {
    send(request, response, status, error, params, Browsers.isApi(request));
  }

  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      RequestError error,
      boolean api)
      throws IOException {
    send(request, response, status, error, Map.of(), api);
  }

  /** As {@link #send}, for a request whose API-ness the caller knows (an error dispatch). */
  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      RequestError error,
      Map<String, String> params,
      boolean api)
      throws IOException {
    ExplainedMessage text = error.explain(params);
    String detail = error.detail(params);
    response.resetBuffer();
    response.setStatus(status);
    if (hasBody(request)) {
      response.setHeader("Connection", "close");
    }
    if (api || !Browsers.isBrowser(request)) {
      JsonObjectBuilder problem =
          Json.createObjectBuilder()
              .add("type", "about:blank")
              .add("title", reasonPhrase(status))
              .add("status", status)
              .add("detail", detail)
              .add("code", error.name());
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(problem.build().toString());
    } else {
      response.setContentType("text/html;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                  + escape(text.title())
                  + " · Passerelle</title><link rel=\"stylesheet\" href=\""
                  + request.getContextPath()
                  + "/static/app.css\"></head><body><main><section class=\"error-page\"><h1>"
                  + status
                  + " · "
                  + escape(text.title())
                  + "</h1><p>"
                  + escape(detail)
                  + "</p><p class=\"muted small\">Code <code>"
                  + error.name()
                  + "</code></p><p><a href=\""
                  + request.getContextPath()
                  + "/flows\">Back to the flows</a></p></section></main></body></html>");
    }
    response.flushBuffer();
  }

  private static boolean hasBody(HttpServletRequest request) {
    String length = request.getHeader("Content-Length");
    return (length != null && !length.trim().equals("0"))
        || request.getHeader("Transfer-Encoding") != null;
  }

  static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 411 -> "Length Required";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      default -> "HTTP " + status;
    };
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
