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

  /**
   * A request the API servlet serves. The servlet path, not the raw URI: "/api/../flows" is a page
   * (the container resolves the dots) and must not get the API's HTTP Basic.
   */
  static boolean isApi(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api/");
  }
}
