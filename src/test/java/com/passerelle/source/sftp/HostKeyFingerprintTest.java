package com.passerelle.source.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class HostKeyFingerprintTest {
  // Generated with ssh-keygen; the fingerprints are what `ssh-keygen -lf` printed for them.
  static final String ED25519_PUB =
      "AAAAC3NzaC1lZDI1NTE5AAAAIFLR76Qfd1CB04taxvwqpq0EfDK3I6uBZ34tFlQdceQo";
  static final String ED25519_FP = "SHA256:l4RvjFxKNKDNkOxTUv3QjKXMLoJGsf3EEIGOeD0QQqM";
  static final String RSA_PUB =
      "AAAAB3NzaC1yc2EAAAADAQABAAAAgQCwokXJhenOg8XcAzvmvyHAggnILllhJRYbukhctfBBI1sfPRg3pQdQwIBaQpcv"
          + "/tz0c2qmMlAbjJ11I/Y5IJECA1dRsGM3UYSemZ0wTNpvO7aDkarnewq1Ygt/HI3EoEof1WjMnEgKEI0dwsZboJXK"
          + "uMmw/8utxbf+QdNJnJK1tQ==";
  static final String RSA_FP = "SHA256:nLbpPSU7RdwydI+4ic68h+tEJqqvhTCQenSToQWZMaQ";

  @Test
  void fingerprintIsWhatSshKeygenPrints() {
    assertEquals(ED25519_FP, HostKeyFingerprint.of(Base64.getDecoder().decode(ED25519_PUB)));
    assertEquals(RSA_FP, HostKeyFingerprint.of(Base64.getDecoder().decode(RSA_PUB)));
  }

  @Test
  void keyTypeIsReadFromTheBlob() {
    assertEquals(
        "ssh-ed25519", HostKeyFingerprint.keyType(Base64.getDecoder().decode(ED25519_PUB)));
    assertEquals("ssh-rsa", HostKeyFingerprint.keyType(Base64.getDecoder().decode(RSA_PUB)));
    assertEquals("unknown type", HostKeyFingerprint.keyType(new byte[] {0, 0}));
  }

  @Test
  void pastedVariantsNormalizeToTheSameText() {
    String body = RSA_FP.substring("SHA256:".length());
    for (String pasted :
        new String[] {
          RSA_FP, body, body + "=", "  " + RSA_FP + "=\n", "sha256:" + body, "SHA256: " + body
        }) {
      assertEquals(RSA_FP, HostKeyFingerprint.normalize(pasted), pasted);
      assertTrue(HostKeyFingerprint.isValid(pasted), pasted);
    }
    assertNull(HostKeyFingerprint.normalize(null));
  }

  @Test
  void otherTextsAreNotValid() {
    String body = ED25519_FP.substring("SHA256:".length());
    assertFalse(HostKeyFingerprint.isValid(null));
    assertFalse(HostKeyFingerprint.isValid("  "));
    assertFalse(HostKeyFingerprint.isValid("SHA256:"));
    assertFalse(HostKeyFingerprint.isValid(body.substring(1)), "one character short");
    assertFalse(HostKeyFingerprint.isValid(body + "AAAA"), "longer than a SHA-256");
    assertFalse(HostKeyFingerprint.isValid(body.replace('l', '!')), "not base64");
    assertFalse(HostKeyFingerprint.isValid(body.substring(0, 42) + "r"), "stray low bits");
    assertFalse(
        HostKeyFingerprint.isValid("MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48"),
        "the old MD5 form");
  }
}
