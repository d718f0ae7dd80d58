package com.passerelle.security;

import jakarta.servlet.http.HttpServletRequest;

/** Tells browsers from API clients, for answers that differ between them. */
final class Browsers {
  private Browsers() {}

  /**
   * True for a browser: it sends Fetch Metadata headers (every current browser does) or asks for
   * HTML. Such a caller never gets an HTTP Basic challenge: a browser that prompted for and cached
   * Basic credentials would send them along with requests other sites trigger.
   */
  static boolean isBrowser(HttpServletRequest request) {
    if (request.getHeader("Sec-Fetch-Mode") != null
        || request.getHeader("Sec-Fetch-Site") != null) {
      return true;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
