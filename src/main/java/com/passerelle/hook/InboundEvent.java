package com.passerelle.hook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A webhook event received for a flow, kept by its id: the same delivery twice is one event (the
 * unique key decides, also when both arrive at once), so it starts at most one run.
 */
@Entity
@Table(name = "inbound_event")
public class InboundEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "flow_id", nullable = false)
  private long flowId;

  @Column(name = "event_id", nullable = false, length = 100)
  private String eventId;

  @Column(name = "event_type", nullable = false, length = 40)
  private String type;

  @Column(name = "sync_state", length = 40)
  private String syncState;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt = Instant.now();

  protected InboundEvent() {}

  InboundEvent(long flowId, HrisEvent event) {
    this.flowId = flowId;
    this.eventId = event.id();
    this.type = event.type();
    this.syncState = event.syncState();
  }

  public Long getId() {
    return id;
  }
}
