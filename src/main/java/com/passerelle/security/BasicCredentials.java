package com.passerelle.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** User name and password of an {@code Authorization: Basic} header (RFC 7617, UTF-8). */
record BasicCredentials(String user, String password) {

  /** The credentials of the header, or null when it is absent, of another scheme or malformed. */
  static BasicCredentials parse(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? null
        : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  @Override
  public String toString() {
    return "BasicCredentials[" + user + "]"; // never the password, should this reach a log
  }
}
