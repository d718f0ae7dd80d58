package com.passerelle.webhook;

import com.passerelle.secret.SecretBox;

/**
 * An endpoint's secrets, opened for one batch of calls: the authorization key (sent as {@code Basic
 * <key>}) and the optional Standard Webhooks signing secret. Each is sealed for its place {@code
 * webhook/<id>/key} and {@code webhook/<id>/signing}, so a sealed value copied to another endpoint
 * does not open.
 */
record EndpointSecrets(String authKey, String signingSecret) {
  static String keyPlace(long endpointId) {
    return "webhook/" + endpointId + "/key";
  }

  static String signingPlace(long endpointId) {
    return "webhook/" + endpointId + "/signing";
  }

  static EndpointSecrets open(SecretBox box, long endpointId, Claims.Claimed m) {
    String key =
        m.authKeySealed() == null ? null : box.open(m.authKeySealed(), keyPlace(endpointId));
    String signing =
        m.signingSecretSealed() == null
            ? null
            : box.open(m.signingSecretSealed(), signingPlace(endpointId));
    return new EndpointSecrets(key, signing);
  }
}
