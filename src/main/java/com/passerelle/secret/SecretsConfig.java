package com.passerelle.secret;

import com.passerelle.config.AppConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Where the keys come from: the server variables {@value #KEY_SETTING} (the current key) and
 * {@value #PREVIOUS_KEYS_SETTING} (keys still accepted for opening, after a rotation). A production
 * server without a key does not start: secrets would otherwise be stored in a way nobody can read
 * back after the next start. The demo uses a fixed, public key and says so in the log.
 */
@ApplicationScoped
public class SecretsConfig {
  public static final String KEY_SETTING = "passerelle.secrets.key";
  public static final String PREVIOUS_KEYS_SETTING = "passerelle.secrets.previous.keys";

  private static final Logger LOG = Logger.getLogger(SecretsConfig.class.getName());
  private static final String DEMO_PHRASE = "passerelle demo key: never for real secrets";

  @Resource(lookup = "passerelle/secretsKey")
  Object key;

  @Resource(lookup = "passerelle/secretsPreviousKeys")
  Object previousKeys;

  @Inject AppConfig config;

  private volatile SecretBox box;

  /** Reads and checks the keys; called at start-up, so a bad setting stops the server there. */
  public void check() {
    box();
  }

  public SecretBox box() {
    SecretBox current = box;
    if (current == null) {
      current = new SecretBox(keyring(text(key), text(previousKeys), config.demoData()));
      box = current;
    }
    return current;
  }

  static SecretKeyring keyring(String key, String previous, boolean demo) {
    if (key.isBlank()) {
      if (!demo) {
        throw new IllegalStateException(
            "No key to encrypt stored secrets: set "
                + KEY_SETTING
                + " (environment variable PASSERELLE_SECRETS_KEY) to the output of"
                + " `openssl rand -base64 32`, and keep it: secrets stored with it need it");
      }
      LOG.warning(
          "Stored secrets use the public demo key: set "
              + KEY_SETTING
              + " before storing a real password or API key");
      return SecretKeyring.of(SecretKeyring.demoKey(DEMO_PHRASE), previous);
    }
    return SecretKeyring.of(key, previous);
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value).trim();
  }
}
