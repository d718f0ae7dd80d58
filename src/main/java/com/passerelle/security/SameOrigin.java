package com.passerelle.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a state-changing request comes from our own pages. Browsers say where a request comes
 * from (Origin, Sec-Fetch-Site); a request that says it comes from elsewhere is refused whatever
 * its credentials, cookie or HTTP Basic a browser cached. Clients that send neither header (curl,
 * scripts) are not browsers and pass. The origin is compared with the Host header, so a reverse
 * proxy must pass the Host on unchanged.
 */
final class SameOrigin {
  private SameOrigin() {}

  static boolean allows(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return false;
    }
    String origin = request.getHeader("Origin");
    return origin == null || matches(origin, hostOf(request), request.isSecure());
  }

  /** The Host header, or over HTTP/2 (which has none) the ":authority" the server read it from. */
  private static String hostOf(HttpServletRequest request) {
    String host = request.getHeader("Host");
    return host != null ? host : request.getServerName() + ":" + request.getServerPort();
  }

  /** True when {@code origin} names the host and port of {@code host}; "null" never does. */
  static boolean matches(String origin, String host, boolean secureRequest) {
    if (host == null || host.isBlank()) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(origin.trim());
    } catch (java.net.URISyntaxException e) {
      return false; // includes Origin: null, sent by sandboxed frames and file pages
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return false;
    }
    if (secureRequest && scheme.equals("http")) {
      return false; // a plain-HTTP page posting to the HTTPS site
    }
    int defaultPort = scheme.equals("https") ? 443 : 80;
    int originPort = uri.getPort() < 0 ? defaultPort : uri.getPort();
    URI hostUri;
    try {
      hostUri = new URI(scheme + "://" + host.trim());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    if (hostUri.getHost() == null) {
      return false;
    }
    int hostPort = hostUri.getPort() < 0 ? defaultPort : hostUri.getPort();
    return hostUri.getHost().equalsIgnoreCase(uri.getHost()) && hostPort == originPort;
  }
}
