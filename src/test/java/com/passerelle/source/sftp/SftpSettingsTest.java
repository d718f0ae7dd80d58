package com.passerelle.source.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SftpSettingsTest {
  static final String FP = "SHA256:l4RvjFxKNKDNkOxTUv3QjKXMLoJGsf3EEIGOeD0QQqM";

  static SftpSettings withSecrets(String fingerprint) {
    return new SftpSettings(
        "sftp.example.com",
        22,
        "hr",
        "pa55word!",
        "-----BEGIN KEY-----s3cr3tk3y",
        "phr4se",
        fingerprint,
        "/in",
        "*.csv",
        "/archive",
        "/failed",
        10_000);
  }

  @Test
  void toStringNeverShowsSecrets() {
    String text = withSecrets(FP).toString();

    assertFalse(text.contains("pa55word"), text);
    assertFalse(text.contains("s3cr3t"), text);
    assertFalse(text.contains("BEGIN"), text);
    assertFalse(text.contains("phr4se"), text);
    assertTrue(text.contains("password=(set)") && text.contains("host=sftp.example.com"), text);
  }

  @Test
  void theFingerprintIsStoredNormalized() {
    assertEquals(FP, withSecrets(" " + FP.substring(7) + "=").hostKeyFingerprint());
  }

  @Test
  void incompleteSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> withSecrets("SHA256:nope"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SftpSettings("h", 22, "u", null, null, null, FP, "/in", "*", null, null, 1000));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SftpSettings("h", 0, "u", "p", null, null, FP, "/in", "*", null, null, 1000));
  }
}
