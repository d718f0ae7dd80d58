package com.passerelle.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys secrets are sealed with: the current one seals, it and the previous ones open. Each is
 * 32 random bytes given in base64 ({@code openssl rand -base64 32}); its id is the start of its
 * SHA-256, so a sealed value says which key it needs without revealing it.
 */
public final class SecretKeyring {
  /** A key and its id. */
  public record Key(String id, SecretKeySpec spec) {
    @Override
    public String toString() {
      return "Key "
          + id; // a record's default would print the spec, whose hash derives from the key
    }
  }

  private final Key current;
  private final List<Key> all;

  private SecretKeyring(Key current, List<Key> all) {
    this.current = current;
    this.all = all;
  }

  /**
   * The keyring of a current key and any previous ones (comma-separated, may be blank). Throws
   * {@link IllegalArgumentException} naming the setting when one is not 32 bytes of base64.
   */
  public static SecretKeyring of(String currentBase64, String previousBase64) {
    Key current = key(currentBase64, SecretsConfig.KEY_SETTING);
    List<Key> all = new ArrayList<>(List.of(current));
    if (previousBase64 != null) {
      for (String previous : previousBase64.split(",")) {
        if (!previous.isBlank()) { // "a,,b" and a trailing comma are harmless
          all.add(key(previous, SecretsConfig.PREVIOUS_KEYS_SETTING + " (comma-separated)"));
        }
      }
    }
    return new SecretKeyring(current, List.copyOf(all));
  }

  Key current() {
    return current;
  }

  Optional<Key> byId(String id) {
    return all.stream().filter(k -> k.id().equals(id)).findFirst();
  }

  private static Key key(String base64, String setting) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(String.valueOf(base64).trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          setting + " is not base64: generate a key with `openssl rand -base64 32`");
    }
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          setting + " must be 32 bytes (base64 of `openssl rand -base64 32`), not " + bytes.length);
    }
    return new Key(id(bytes), new SecretKeySpec(bytes, "AES"));
  }

  private static String id(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java has SHA-256
    }
  }

  /** For tests: a key from a phrase (never for real secrets). */
  static String testKey(String phrase) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(phrase.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
