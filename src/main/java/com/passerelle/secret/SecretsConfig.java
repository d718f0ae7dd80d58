package com.passerelle.secret;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Where the keys come from: the server variables {@value #KEY_SETTING} (the current key) and
 * {@value #PREVIOUS_KEYS_SETTING} (keys still accepted for opening, after a rotation). Without a
 * valid key the application does not start: secrets stored otherwise could not be read back. The
 * demo's bootstrap properties set {@link #DEMO_KEY}, a public key, and the log says so.
 *
 * <p>The keys are looked up when the box is made and kept only inside it: no field holds them, so
 * no dump of this bean (an FFDC report) shows them.
 */
@ApplicationScoped
public class SecretsConfig {
  public static final String KEY_SETTING = "passerelle.secrets.key";
  public static final String PREVIOUS_KEYS_SETTING = "passerelle.secrets.previous.keys";

  /** The demo's key (POM property secrets.key): public, so never for real secrets. */
  public static final String DEMO_KEY = "QH5k96TNQ7DXK0iLHABeqDNPY1VrvbesufaAtBNXHhU=";

  private static final Logger LOG = Logger.getLogger(SecretsConfig.class.getName());

  private volatile SecretBox box;

  /**
   * Reads and checks the keys; called at start-up, so a bad setting stops the application there.
   */
  public void check() {
    box();
  }

  public SecretBox box() {
    SecretBox current = box;
    if (current == null) {
      current =
          new SecretBox(
              keyring(lookup("passerelle/secretsKey"), lookup("passerelle/secretsPreviousKeys")));
      box = current;
    }
    return current;
  }

  static SecretKeyring keyring(String key, String previous) {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(
          "No key to encrypt stored secrets: set "
              + KEY_SETTING
              + " (environment variable PASSERELLE_SECRETS_KEY) to the output of"
              + " `openssl rand -base64 32`, and keep it: secrets stored with it need it");
    }
    SecretKeyring keyring = SecretKeyring.of(key, previous);
    if (keyring.current().id().equals(SecretKeyring.of(DEMO_KEY, "").current().id())) {
      LOG.warning(
          "Stored secrets use the public demo key: set "
              + KEY_SETTING
              + " to your own key before storing a real password or API key");
    }
    return keyring;
  }

  private static String lookup(String name) {
    try {
      Object value = InitialContext.doLookup(name);
      return value == null ? "" : String.valueOf(value).trim();
    } catch (NamingException e) {
      throw new IllegalStateException(name + " is not configured (liberty/server.xml)", e);
    }
  }
}
