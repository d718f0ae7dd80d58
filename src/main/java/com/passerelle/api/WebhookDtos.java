package com.passerelle.api;

import com.passerelle.webhook.WebhookEndpoint;
import com.passerelle.webhook.WebhookUrls;
import java.time.Instant;

/** JSON shapes of the webhook endpoints API. Keys are never returned: only whether one is set. */
public final class WebhookDtos {
  private WebhookDtos() {}

  /**
   * An endpoint. Report viewers get the URL's server only (scheme, host, port: a path or query can
   * carry a token) and no secret flags.
   */
  public record EndpointDto(
      long id,
      long version,
      String name,
      String url,
      String eventsMode,
      boolean active,
      Boolean authKeySet,
      Boolean signingSecretSet,
      Instant createdAt) {
    static EndpointDto of(WebhookEndpoint e, boolean admin) {
      return new EndpointDto(
          e.getId(),
          e.getVersion(),
          e.getName(),
          admin ? e.getUrl() : serverOf(e.getUrl()),
          e.getEventsMode().name(),
          e.isActive(),
          admin ? e.getAuthKeySealed() != null : null,
          admin ? e.getSigningSecretSealed() != null : null,
          e.getCreatedAt());
    }

    private static String serverOf(String url) {
      return WebhookUrls.problem(url) == null ? WebhookUrls.server(url) : "";
    }
  }
}
