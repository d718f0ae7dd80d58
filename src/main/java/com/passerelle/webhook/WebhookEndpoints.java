package com.passerelle.webhook;

import com.passerelle.common.NotFoundException;
import com.passerelle.secret.SecretsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customers' endpoints: list, read, create, update. Keys are write-only: sealed at rest for
 * their place ({@code webhook/<id>/key}, {@code webhook/<id>/signing}), never returned, and only
 * sent to the server they were given for: a URL on another server needs the key again.
 */
@ApplicationScoped
@Transactional
public class WebhookEndpoints {
  /** Endpoints are configured by hand: a few per customer, listed whole. */
  static final int MAX_LISTED = 1000;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject SecretsConfig secrets;

  public List<WebhookEndpoint> list() {
    return em.createQuery("select e from WebhookEndpoint e order by e.name", WebhookEndpoint.class)
        .setMaxResults(MAX_LISTED)
        .getResultList();
  }

  public WebhookEndpoint get(long id) {
    WebhookEndpoint e = em.find(WebhookEndpoint.class, id);
    if (e == null) {
      throw new NotFoundException("Webhook endpoint", id);
    }
    return e;
  }

  public WebhookEndpoint create(EndpointDefinition def) {
    if (def == null) {
      throw new EndpointException.Invalid(java.util.Map.of("name", "the name is required"));
    }
    WebhookEndpoint e = new WebhookEndpoint(null, null, EventsMode.ALL);
    EndpointEditor editor = new EndpointEditor();
    editor.apply(def, e, false);
    editor.throwIfAny();
    if (byName(e.getName()).isPresent()) {
      throw new EndpointException.NameTaken(e.getName());
    }
    try {
      em.persist(e); // identity id: inserted now, so the secrets can be sealed for it
      em.flush();
    } catch (PersistenceException ex) {
      throw nameTakenOr(ex, e.getName());
    }
    seal(e, editor);
    return e;
  }

  /** Replaces the settings; empty secrets keep theirs. A stale version is a 409. */
  public WebhookEndpoint update(long id, EndpointDefinition def) {
    WebhookEndpoint e = em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (e == null) {
      throw new NotFoundException("Webhook endpoint", id);
    }
    if (def == null) {
      throw new EndpointException.Invalid(java.util.Map.of("name", "the name is required"));
    }
    if (def.version() != null && def.version() != e.getVersion()) {
      throw new EndpointException.Changed(e.getName());
    }
    String name = def.name() == null ? "" : def.name().trim();
    Optional<WebhookEndpoint> other = byName(name); // before any change: a query would flush it
    if (other.isPresent() && !other.get().getId().equals(id)) {
      throw new EndpointException.NameTaken(name);
    }
    EndpointEditor editor = new EndpointEditor();
    editor.apply(def, e, e.getAuthKeySealed() != null);
    editor.throwIfAny();
    seal(e, editor);
    try {
      em.flush();
    } catch (OptimisticLockException ex) {
      throw new EndpointException.Changed(name);
    } catch (PersistenceException ex) {
      throw nameTakenOr(ex, name);
    }
    return e;
  }

  private void seal(WebhookEndpoint e, EndpointEditor editor) {
    if (editor.authKey != null) {
      e.setAuthKeySealed(secrets.box().seal(editor.authKey, EndpointSecrets.keyPlace(e.getId())));
    }
    if (editor.removeSigning) {
      e.setSigningSecretSealed(null);
    } else if (editor.signingSecret != null) {
      e.setSigningSecretSealed(
          secrets.box().seal(editor.signingSecret, EndpointSecrets.signingPlace(e.getId())));
    }
  }

  private Optional<WebhookEndpoint> byName(String name) {
    return em.createQuery(
            "select e from WebhookEndpoint e where e.name = :n", WebhookEndpoint.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  /** A parallel create can take the name first: the unique key decides, reported as a 409. */
  private static RuntimeException nameTakenOr(PersistenceException e, String name) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("uk_webhook_endpoint_name")) {
        return new EndpointException.NameTaken(name);
      }
    }
    return e;
  }
}
