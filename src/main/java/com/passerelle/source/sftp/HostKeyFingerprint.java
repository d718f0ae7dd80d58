package com.passerelle.source.sftp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The fingerprint of an SSH host key as {@code ssh-keygen -lf} prints it: {@code SHA256:} and the
 * unpadded base64 of the key blob's SHA-256. Administrators copy it from their server, so we pin
 * the server by it instead of trusting whatever key shows up first.
 */
public final class HostKeyFingerprint {
  static final String PREFIX = "SHA256:";
  private static final int SHA256_BYTES = 32;

  private HostKeyFingerprint() {}

  /** The fingerprint of a public key blob in SSH wire format (what a server presents). */
  public static String of(byte[] publicKeyBlob) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(publicKeyBlob);
      return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /**
   * The canonical form of a pasted fingerprint: surrounding blanks, base64 padding and a missing or
   * lower-case {@code SHA256:} prefix are what copying from a terminal or a web page does, not a
   * different key. Does not validate: see {@link #isValid}. Null stays null.
   */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String body = text.strip();
    if (body.toUpperCase(Locale.ROOT).startsWith(PREFIX)) {
      body = body.substring(PREFIX.length()).strip();
    }
    int end = body.length();
    while (end > 0 && body.charAt(end - 1) == '=') {
      end--;
    }
    return PREFIX + body.substring(0, end);
  }

  /** True when the text is, once normalized, the base64 of a SHA-256 (for form validation). */
  public static boolean isValid(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String body = normalize(text).substring(PREFIX.length());
    try {
      byte[] hash = Base64.getDecoder().decode(body);
      // Re-encoding catches stray low bits in the last character: a typo, not the same key.
      return hash.length == SHA256_BYTES
          && Base64.getEncoder().withoutPadding().encodeToString(hash).equals(body);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  /** The key type a blob starts with ("ssh-ed25519", "rsa-sha2-..."), for error messages. */
  static String keyType(byte[] publicKeyBlob) {
    try {
      ByteBuffer blob = ByteBuffer.wrap(publicKeyBlob);
      int length = blob.getInt();
      if (length <= 0 || length > 64 || length > blob.remaining()) {
        return "unknown type";
      }
      return new String(publicKeyBlob, 4, length, StandardCharsets.US_ASCII);
    } catch (RuntimeException tooShort) {
      return "unknown type";
    }
  }
}
