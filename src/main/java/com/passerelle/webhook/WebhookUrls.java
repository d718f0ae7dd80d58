package com.passerelle.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What a webhook URL may be, and which server it names (a stored key goes to that one only). */
public final class WebhookUrls {
  public static final int MAX_LENGTH = 2000;

  private WebhookUrls() {}

  /** What is wrong with this URL, or null: http or https, a host, no credentials, 2000 chars. */
  public static String problem(String url) {
    if (url == null || url.isBlank()) {
      return "the URL is required";
    }
    if (url.length() > MAX_LENGTH) {
      return "the URL is longer than " + MAX_LENGTH + " characters";
    }
    if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return "the URL holds spaces or characters that must be percent-encoded";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "the URL cannot be read: " + e.getReason();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "the URL must start with https:// (or http://)";
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return "the URL must name a host, e.g. https://hr.example.com/hooks/leaves";
    }
    if (uri.getRawUserInfo() != null) {
      return "put no user or password in the URL: give them as the authorization key";
    }
    if (uri.getRawFragment() != null) {
      return "a URL with a #fragment is not sent to servers: remove it";
    }
    return null;
  }

  /**
   * scheme://host:port of a valid URL, lower case, default port filled in: when it changes, the
   * stored authorization key must be given again.
   */
  public static String origin(String url) {
    URI uri = URI.create(url);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  /**
   * The URL as a reader may see it: whole for admins; scheme://host[:port] for report viewers (a
   * path or query may hold the customer's token).
   */
  public static String shownTo(boolean admin, String url) {
    return url == null || admin ? url : server(url);
  }

  /** scheme://host[:port] as written, for readers who may not see the path (report viewers). */
  public static String server(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
