package com.passerelle.webhook;

/**
 * An endpoint as an admin gives it (API JSON, page form). Secrets are write-only: an empty authKey
 * or signingSecret keeps the stored one (unless the URL's server changed: the key must then be
 * given again); removeSigningSecret stops signing. version, when given, must be the stored one.
 */
public record EndpointDefinition(
    String name,
    String url,
    String authKey,
    String signingSecret,
    Boolean removeSigningSecret,
    String eventsMode,
    Boolean active,
    Long version) {}
