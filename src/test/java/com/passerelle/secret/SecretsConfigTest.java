package com.passerelle.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsConfigTest {
  @Test
  void aProductionServerWithoutAKeyDoesNotStartAndSaysWhatToSet() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SecretsConfig.keyring(" ", "", false));

    assertTrue(e.getMessage().contains("PASSERELLE_SECRETS_KEY"), e.getMessage());
    assertTrue(e.getMessage().contains("openssl rand -base64 32"), e.getMessage());
  }

  @Test
  void theDemoWithoutAKeyUsesTheDemoKey() {
    SecretBox demo = new SecretBox(SecretsConfig.keyring("", "", true));

    assertEquals("x", demo.open(demo.seal("x", "p"), "p"));
  }

  @Test
  void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedNamingTheSetting() {
    IllegalArgumentException notBase64 =
        assertThrows(
            IllegalArgumentException.class, () -> SecretsConfig.keyring("not base64!", "", false));
    IllegalArgumentException tooShort =
        assertThrows(
            IllegalArgumentException.class, () -> SecretsConfig.keyring("c2hvcnQ=", "", true));
    IllegalArgumentException badPrevious =
        assertThrows(
            IllegalArgumentException.class,
            () -> SecretsConfig.keyring(SecretKeyring.demoKey("k"), "c2hvcnQ=", false));

    assertTrue(
        notBase64.getMessage().startsWith(SecretsConfig.KEY_SETTING), notBase64.getMessage());
    assertTrue(tooShort.getMessage().contains("not 5"), tooShort.getMessage());
    assertTrue(
        badPrevious.getMessage().startsWith(SecretsConfig.PREVIOUS_KEYS_SETTING),
        badPrevious.getMessage());
  }
}
