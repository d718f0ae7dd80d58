package com.passerelle.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A customer's URL that receives absence events, with the authorization key sent as {@code
 * Authorization: Basic ...} and an optional Standard Webhooks signing secret, both sealed at rest
 * ({@code secret.SecretBox}, place {@code webhook/<id>/<name>}) and never shown back.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(name = "auth_key_sealed", length = 4000)
  private String authKeySealed;

  @Column(name = "signing_secret_sealed", length = 4000)
  private String signingSecretSealed;

  @Enumerated(EnumType.STRING)
  @Column(name = "events_mode", nullable = false, length = 20)
  private EventsMode eventsMode = EventsMode.ALL;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected WebhookEndpoint() {}

  public WebhookEndpoint(String name, String url, EventsMode eventsMode) {
    this.name = name;
    this.url = url;
    this.eventsMode = eventsMode;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getAuthKeySealed() {
    return authKeySealed;
  }

  public void setAuthKeySealed(String sealed) {
    this.authKeySealed = sealed;
  }

  public String getSigningSecretSealed() {
    return signingSecretSealed;
  }

  public void setSigningSecretSealed(String sealed) {
    this.signingSecretSealed = sealed;
  }

  public EventsMode getEventsMode() {
    return eventsMode;
  }

  public void setEventsMode(EventsMode eventsMode) {
    this.eventsMode = eventsMode;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
