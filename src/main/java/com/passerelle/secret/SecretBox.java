package com.passerelle.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets (passwords, API keys, private keys) for storage with AES-256-GCM: a fresh 96-bit
 * nonce per secret, a 128-bit tag, and the secret's place ("flow/12/sftp.password") as associated
 * data, so a sealed value copied into another row or field does not open. Stored as {@code v1.<key
 * id>.<base64url(nonce | ciphertext | tag)>}: the key id picks the key among the current and
 * previous ones, so keys can be rotated without re-sealing everything at once.
 */
public final class SecretBox {
  private static final String VERSION = "v1";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** Far above any real secret (a 16k RSA private key is about 13 KB sealed). */
  private static final int MAX_STORED_LENGTH = 64 * 1024;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeyring keys;

  public SecretBox(SecretKeyring keys) {
    this.keys = keys;
  }

  /**
   * The secret sealed for the given place, e.g. {@code "flow/12/sftp.password"}: the table, the row
   * and the field, so a sealed value opens only where it was stored.
   */
  public String seal(String secret, String place) {
    requirePlace(place);
    if (secret == null) {
      throw new IllegalArgumentException("no secret to seal");
    }
    SecretKeyring.Key key = keys.current();
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce, place, bytes(secret));
    ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
    return VERSION + "." + key.id() + "." + encode(out.array());
  }

  /**
   * The secret sealed for this place. Throws {@link SecretUnreadableException} when it was sealed
   * with a key this server does not have, for another place, or was altered.
   */
  public String open(String stored, String place) {
    requirePlace(place);
    if (stored == null || stored.length() > MAX_STORED_LENGTH) {
      throw new SecretUnreadableException("not a sealed secret");
    }
    List<String> parts = List.of(stored.split("\\.", 3));
    if (parts.size() != 3 || !VERSION.equals(parts.get(0))) {
      throw new SecretUnreadableException("not a sealed secret");
    }
    SecretKeyring.Key key =
        keys.byId(parts.get(1))
            .orElseThrow(() -> new SecretUnreadableException("sealed with an unknown key"));
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(parts.get(2));
    } catch (IllegalArgumentException e) {
      throw new SecretUnreadableException("not a sealed secret");
    }
    if (!encode(raw).equals(parts.get(2))) {
      throw new SecretUnreadableException("not a sealed secret"); // one text per sealed value
    }
    if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretUnreadableException("not a sealed secret");
    }
    byte[] nonce = Arrays.copyOf(raw, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(raw, NONCE_BYTES, raw.length);
    return new String(
        crypt(Cipher.DECRYPT_MODE, key, nonce, place, sealed), StandardCharsets.UTF_8);
  }

  private static byte[] crypt(
      int mode, SecretKeyring.Key key, byte[] nonce, String place, byte[] in) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key.spec(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(bytes(place));
      return cipher.doFinal(in);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SecretUnreadableException("altered, or sealed for another place");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e); // every Java 17 has it
    }
  }

  private static String encode(byte[] raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  /** A place names where the secret lives; a blank one would bind the secret to nothing. */
  private static void requirePlace(String place) {
    if (place == null || place.isBlank()) {
      throw new IllegalArgumentException("a secret needs its place, e.g. flow/12/sftp.password");
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
