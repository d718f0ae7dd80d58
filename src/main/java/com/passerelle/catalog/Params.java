package com.passerelle.catalog;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Message parameters stored in one column as {@code key=value&key=value}, URL-encoded, so that the
 * dashboard and the API read the same values the page shows without parsing prose.
 */
public final class Params {
  private Params() {}

  public static String encode(Map<String, String> params) {
    if (params == null || params.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    params.forEach(
        (key, value) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(enc(key)).append('=').append(enc(value == null ? "" : value));
        });
    return out.toString();
  }

  /**
   * The pairs (keys.get(i), values.get(i)) for every value, encoded as {@link #encode(Map)} encodes
   * a map of them in that order: for distinct keys, without building the map.
   */
  public static String encode(List<String> keys, List<String> values) {
    StringBuilder out = new StringBuilder(16 * values.size());
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append('&');
      }
      String value = values.get(i);
      out.append(enc(keys.get(i))).append('=').append(enc(value == null ? "" : value));
    }
    return out.toString();
  }

  /**
   * The encoded form in at most {@code maxLength} characters, for a column of that size: values
   * (and keys) are shortened before encoding, longest first, so a cut never splits an escape and
   * the stored text always decodes.
   */
  public static String encode(Map<String, String> params, int maxLength) {
    String full = encode(params);
    return full.length() <= maxLength ? full : ParamsFitter.fit(params, maxLength);
  }

  /**
   * The parameters of an encoded string. Lenient: a malformed escape (text cut by an older version)
   * is kept as it is instead of failing the whole report.
   */
  public static Map<String, String> decode(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(dec(key), dec(value));
    }
    return params;
  }

  /** Convenience for call sites: {@code Params.of("field", "email")}. */
  public static Map<String, String> of(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return params;
  }

  static String enc(String s) {
    return needsNoEscape(s) ? s : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // Most values (ids, names, dates) are plain: they skip the encoder, which an import calls for
  // every value of every line.
  private static boolean needsNoEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '*'
              || c == '_'
              || c == '@'; // decoded as itself: emails skip the encoder too
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  private static String dec(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return s;
    }
  }
}
