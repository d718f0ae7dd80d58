package com.passerelle.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers a message is sent with (seeds 001/002), as the tracking page shows them: the
 * authorization key masked ({@code Basic ****}: the key is sealed and never shown back), the
 * signature masked too. Built from the message and its endpoint, the same inputs the delivery uses,
 * so the page does not store a copy of them per attempt.
 */
public final class SentHeaders {
  public static final String MASKED_AUTHORIZATION = "Basic ****";

  private SentHeaders() {}

  public static Map<String, String> of(WebhookMessage m, WebhookEndpoint endpoint) {
    Map<String, String> h = new LinkedHashMap<>();
    if (endpoint == null || endpoint.getAuthKeySealed() != null) {
      h.put("Authorization", MASKED_AUTHORIZATION);
    }
    h.put("X-Version", LeavePayload.VERSION);
    h.put("X-Resource-Type", Delivery.RESOURCE_TYPE);
    h.put("X-Event", m.getEvent().header());
    h.put("Content-Type", "application/json");
    h.put("User-Agent", "Passerelle-Webhooks/1");
    if (endpoint != null && endpoint.getSigningSecretSealed() != null) {
      h.put("webhook-id", String.valueOf(m.getId())); // as DeliveryPump sends it
      h.put("webhook-timestamp", "(the time of each attempt, in seconds)");
      h.put("webhook-signature", "v1,****");
    }
    return h;
  }
}
