package com.passerelle.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsConfigTest {
  @Test
  void withoutAKeyTheApplicationDoesNotStartAndSaysWhatToSet() {
    for (String missing : new String[] {null, "", "  "}) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> SecretsConfig.keyring(missing, ""));
      assertTrue(e.getMessage().contains("PASSERELLE_SECRETS_KEY"), e.getMessage());
      assertTrue(e.getMessage().contains("openssl rand -base64 32"), e.getMessage());
    }
  }

  @Test
  void theDemoKeyIsAValidKey() {
    SecretBox demo = new SecretBox(SecretsConfig.keyring(SecretsConfig.DEMO_KEY, ""));

    assertEquals("x", demo.open(demo.seal("x", "p"), "p"));
  }

  @Test
  void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedNamingTheSettingButNotTheValue() {
    IllegalArgumentException notBase64 =
        assertThrows(
            IllegalArgumentException.class, () -> SecretsConfig.keyring("not base64!", ""));
    IllegalArgumentException tooShort =
        assertThrows(IllegalArgumentException.class, () -> SecretsConfig.keyring("c2hvcnQ=", ""));
    IllegalArgumentException badPrevious =
        assertThrows(
            IllegalArgumentException.class,
            () -> SecretsConfig.keyring(SecretKeyring.testKey("k"), "c2hvcnQ="));

    assertTrue(
        notBase64.getMessage().startsWith(SecretsConfig.KEY_SETTING), notBase64.getMessage());
    assertFalse(notBase64.getMessage().contains("not base64!"), notBase64.getMessage());
    assertTrue(tooShort.getMessage().contains("not 5"), tooShort.getMessage());
    assertTrue(
        badPrevious
            .getMessage()
            .startsWith(SecretsConfig.PREVIOUS_KEYS_SETTING + " (comma-separated)"),
        badPrevious.getMessage());
  }

  @Test
  void blankEntriesInThePreviousKeysAreSkipped() {
    String old = SecretKeyring.testKey("old");
    String sealed = new SecretBox(SecretKeyring.of(old, "")).seal("s", "p");

    for (String previous : new String[] {"," + old, old + ",", " , " + old + " ,, "}) {
      SecretBox rotated =
          new SecretBox(SecretsConfig.keyring(SecretKeyring.testKey("new"), previous));
      assertEquals("s", rotated.open(sealed, "p"), previous);
    }
  }

  @Test
  void aKeyPrintsAsItsIdOnly() {
    SecretKeyring.Key key = SecretKeyring.of(SecretKeyring.testKey("k"), "").current();

    assertEquals("Key " + key.id(), key.toString());
  }
}
