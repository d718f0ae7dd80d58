package com.passerelle.absence;

/**
 * Fired (synchronously, in the transaction that changed the absence) for each change the webhooks
 * tell: the outbox observes it and writes its messages in that same transaction, so nothing is sent
 * for a change that rolled back and nothing is lost for one that committed.
 */
public record AbsenceChanged(long absenceId, Event event) {
  /** The X-Event of seeds 001/002. */
  public enum Event {
    CREATED("created"),
    APPROVED("approved"),
    DELETED("deleted");

    private final String header;

    Event(String header) {
      this.header = header;
    }

    /** As sent in X-Event. */
    public String header() {
      return header;
    }
  }
}
