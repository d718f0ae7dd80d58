package com.passerelle.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  private static final String KEY = SecretKeyring.testKey("test key one");
  private static final String OTHER_KEY = SecretKeyring.testKey("test key two");
  private static final String PLACE = "flow/12/sftp.password";

  private final SecretBox box = new SecretBox(SecretKeyring.of(KEY, ""));

  @Test
  void aSealedSecretOpensToItselfAndDoesNotShowIt() {
    String secret = "pa$$wörd 🔑\n-----BEGIN OPENSSH PRIVATE KEY-----";
    String sealed = box.seal(secret, PLACE);

    assertEquals(secret, box.open(sealed, PLACE));
    assertFalse(sealed.contains("pa$$"));
    assertTrue(sealed.startsWith("v1."));
  }

  @Test
  void sealingTwiceGivesTwoDifferentValues() {
    assertNotEquals(box.seal("same", PLACE), box.seal("same", PLACE));
  }

  @Test
  void aValueCopiedToAnotherPlaceDoesNotOpen() {
    String sealed = box.seal("secret", PLACE);

    assertThrows(SecretUnreadableException.class, () -> box.open(sealed, "flow/13/sftp.password"));
  }

  @Test
  void anAlteredValueDoesNotOpen() {
    String sealed = box.seal("secret", PLACE);
    int cut = sealed.lastIndexOf('.') + 1;
    byte[] raw = Base64.getUrlDecoder().decode(sealed.substring(cut));
    raw[raw.length - 1] ^= 1;
    String altered =
        sealed.substring(0, cut) + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

    assertThrows(SecretUnreadableException.class, () -> box.open(altered, PLACE));
  }

  @Test
  void anotherServersKeyDoesNotOpenItAndTheMessageSaysWhy() {
    String sealed = new SecretBox(SecretKeyring.of(OTHER_KEY, "")).seal("secret", PLACE);

    SecretUnreadableException e =
        assertThrows(SecretUnreadableException.class, () -> box.open(sealed, PLACE));
    assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
    assertFalse(e.getMessage().contains("secret\""));
  }

  @Test
  void afterARotationOldSecretsStillOpenAndNewOnesUseTheNewKey() {
    String old = box.seal("old secret", PLACE);
    SecretBox rotated = new SecretBox(SecretKeyring.of(OTHER_KEY, KEY));

    assertEquals("old secret", rotated.open(old, PLACE));
    String fresh = rotated.seal("new secret", PLACE);
    assertThrows(SecretUnreadableException.class, () -> box.open(fresh, PLACE));
  }

  @Test
  void textThatIsNotASealedSecretIsRefusedClearly() {
    for (String stored :
        new String[] {
          null, "", "plain password", "v1.x", "v2.a.b", "v1.00000000.%%%", "v1.00000000.AA"
        }) {
      assertThrows(
          SecretUnreadableException.class, () -> box.open(stored, PLACE), String.valueOf(stored));
    }
  }

  @Test
  void aSealedValueHasOneTextOnly() {
    String sealed = box.seal("hunter2", PLACE);
    int last = sealed.length() - 1;
    char flipped = sealed.charAt(last) == 'A' ? 'B' : 'A';

    assertThrows(SecretUnreadableException.class, () -> box.open(sealed + "=", PLACE));
    String lowBitsChanged = sealed.substring(0, last) + flipped;
    if (!lowBitsChanged.equals(sealed)) {
      assertThrows(SecretUnreadableException.class, () -> box.open(lowBitsChanged, PLACE));
    }
  }

  @Test
  void aSecretNeedsAPlaceAndOversizedTextIsNotRead() {
    assertThrows(IllegalArgumentException.class, () -> box.seal("secret", " "));
    assertThrows(IllegalArgumentException.class, () -> box.seal("secret", null));
    assertThrows(IllegalArgumentException.class, () -> box.open(box.seal("s", PLACE), ""));
    assertThrows(
        SecretUnreadableException.class,
        () -> box.open("v1.00000000." + "A".repeat(70_000), PLACE));
  }
}
