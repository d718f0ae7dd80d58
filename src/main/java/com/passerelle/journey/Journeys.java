package com.passerelle.journey;

import com.passerelle.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reading journeys: by id, by the line that created it, by person. */
@ApplicationScoped
@Transactional
public class Journeys {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public Journey get(long id) {
    Journey journey = em.find(Journey.class, id);
    if (journey == null) {
      throw new NotFoundException("Journey", id);
    }
    return journey;
  }

  public Optional<Journey> ofLine(long runId, int lineNumber) {
    return em.createQuery(
            "select j from Journey j where j.runId = :run and j.lineNumber = :line", Journey.class)
        .setParameter("run", runId)
        .setParameter("line", lineNumber)
        .getResultStream()
        .findFirst();
  }

  public Optional<Journey> ofPerson(String email) {
    return em.createQuery("select j from Journey j where j.personEmail = :email", Journey.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }
}
