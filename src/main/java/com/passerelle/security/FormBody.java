package com.passerelle.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A bound on url-encoded form bodies, checked from the declared length before anything reads them
 * (getParameter reads the whole body): our forms carry a few fields, never more than 64 KiB.
 */
final class FormBody {
  static final long MAX_BYTES = 64 * 1024;
  static final String LIMIT_TEXT = "64 KiB";

  private FormBody() {}

  static boolean isUrlEncoded(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** 0 when the body may be read; else the status refusing it: 411 no length, 413 too large. */
  static int refusal(HttpServletRequest request) {
    if (!isUrlEncoded(request)) {
      return 0;
    }
    long length = request.getContentLengthLong();
    if (length < 0) {
      return 411;
    }
    return length > MAX_BYTES ? 413 : 0;
  }
}
