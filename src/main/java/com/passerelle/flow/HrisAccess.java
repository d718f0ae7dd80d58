package com.passerelle.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Where an HRIS API flow reads employees, and how far it has read: {@code updatedAfter} is the
 * start of the last successful read (seed 004), moved only when a read succeeds. The API key and
 * the inbound webhook secret are stored sealed (see {@link FlowSecrets}).
 */
@Embeddable
public class HrisAccess {
  @Column(name = "hris_base_url", length = 500)
  private String baseUrl;

  @Column(name = "hris_integration_id", length = 200)
  private String integrationId;

  @Column(name = "hris_api_key", length = 1000)
  private String sealedApiKey;

  @Column(name = "hris_webhook_secret", length = 1000)
  private String sealedWebhookSecret;

  @Column(name = "hris_updated_after")
  private Instant updatedAfter;

  public String getBaseUrl() {
    return baseUrl;
  }

  public String getIntegrationId() {
    return integrationId;
  }

  public Instant getUpdatedAfter() {
    return updatedAfter;
  }

  public boolean hasApiKey() {
    return sealedApiKey != null;
  }

  public boolean hasWebhookSecret() {
    return sealedWebhookSecret != null;
  }

  void set(String baseUrl, String integrationId) {
    this.baseUrl = baseUrl;
    this.integrationId = integrationId;
  }

  /** Another API or integration: its first read is a full one. */
  void forgetReadPosition() {
    this.updatedAfter = null;
  }

  String sealedApiKey() {
    return sealedApiKey;
  }

  String sealedWebhookSecret() {
    return sealedWebhookSecret;
  }

  void sealedApiKey(String sealed) {
    this.sealedApiKey = sealed;
  }

  void sealedWebhookSecret(String sealed) {
    this.sealedWebhookSecret = sealed;
  }
}
