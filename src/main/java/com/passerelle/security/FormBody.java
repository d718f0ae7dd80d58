package com.passerelle.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bounds on bodies that are read whole, checked from the declared length before anything reads
 * them: url-encoded forms (getParameter reads the whole body; our forms carry a few fields, never
 * more than 64 KiB, except the flow form with its value lists) and JSON (a flow definition is a few
 * KiB; parsers hold the whole document). CSV uploads are streamed to disk and bounded where they
 * are written (DropZone).
 */
final class FormBody {
  static final long MAX_FORM_BYTES = 64 * 1024;
  static final long MAX_JSON_BYTES = 1024 * 1024;

  /** The flow form carries its value lists (10,000 values are some 200 KiB): a JSON's bound. */
  static final long MAX_FLOW_FORM_BYTES = MAX_JSON_BYTES;

  private static final Pattern FLOW_FORM = Pattern.compile("/flows/(new|\\d+/edit)(/test)?");

  private FormBody() {}

  static boolean isUrlEncoded(HttpServletRequest request) {
    return typeStartsWith(request, "application/x-www-form-urlencoded");
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return false;
    }
    String base = type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
    return base.equals("application/json") || base.endsWith("+json");
  }

  private static boolean typeStartsWith(HttpServletRequest request, String prefix) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith(prefix);
  }

  /** The most a body of this request's type may take, or -1 when it is not bounded here. */
  static long maxBytes(HttpServletRequest request) {
    if (isUrlEncoded(request)) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return FLOW_FORM.matcher(path).matches() ? MAX_FLOW_FORM_BYTES : MAX_FORM_BYTES;
    }
    return isJson(request) ? MAX_JSON_BYTES : -1;
  }

  /** How the limit is said to the caller. */
  static String limitText(long maxBytes) {
    return maxBytes >= 1024 * 1024 ? (maxBytes >> 20) + " MiB" : (maxBytes >> 10) + " KiB";
  }

  /** 0 when the body may be read; else the status refusing it: 411 no length, 413 too large. */
  static int refusal(HttpServletRequest request) {
    long max = maxBytes(request);
    if (max < 0) {
      return 0;
    }
    long length = request.getContentLengthLong();
    if (length < 0) {
      return 411;
    }
    return length > max ? 413 : 0;
  }
}
