package com.passerelle.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (standardwebhooks.com, symmetric scheme): {@code webhook-signature:
 * v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">}, keyed with the bytes of
 * the endpoint's {@code whsec_<base64>} secret. A receiver checks origin and, with the timestamp,
 * refuses replays. The JDK's Mac is enough: no library for one HMAC.
 */
public final class Signature {
  public static final String PREFIX = "whsec_";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private final byte[] key;

  private Signature(byte[] key) {
    this.key = key;
  }

  /** The signer of a {@code whsec_...} secret; {@link #problem} says first what is wrong. */
  public static Signature of(String secret) {
    String why = problem(secret);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    return new Signature(Base64.getDecoder().decode(secret.substring(PREFIX.length())));
  }

  /**
   * What is wrong with a signing secret, or null: "whsec_" then base64 of 24 to 64 random bytes
   * (the spec asks at least 24).
   */
  public static String problem(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return "a signing secret starts with whsec_ (e.g. whsec_ followed by openssl rand -base64 32)";
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return "the part after whsec_ must be base64 (e.g. openssl rand -base64 32)";
    }
    if (raw.length < 24 || raw.length > 64) {
      return "the signing secret must hold 24 to 64 bytes (base64 after whsec_); it holds "
          + raw.length;
    }
    return null;
  }

  /** {@code v1,<base64 signature>} of this id, timestamp (Unix seconds) and body. */
  public String sign(String webhookId, long timestamp, String body) {
    if (!ID.matcher(webhookId).matches()) {
      // A '.' in the id would let one signed content pass for another.
      throw new IllegalArgumentException("a webhook id is letters, digits, _ and - only");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest =
          mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e); // every JDK has it
    }
  }
}
