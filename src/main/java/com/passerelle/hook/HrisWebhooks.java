package com.passerelle.hook;

import com.passerelle.catalog.ExplainedMessage;
import com.passerelle.catalog.IntegrationType;
import com.passerelle.catalog.MessageCatalog;
import com.passerelle.common.NotFoundException;
import com.passerelle.failure.FailureLog;
import com.passerelle.flow.Flow;
import com.passerelle.flow.FlowSecrets;
import com.passerelle.flow.FlowService;
import com.passerelle.flow.SourceType;
import com.passerelle.schedule.FlowTrigger;
import com.passerelle.schedule.FlowTriggers;
import com.passerelle.schedule.FollowUps;
import com.passerelle.schedule.TriggerLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HRIS webhooks of a flow (seed 004): a sync that finished with readable data, or a change of
 * employees, starts a run (or is skipped while one is in progress); a failed sync starts nothing
 * and is recorded with what it means and who must act. Each event id counts once.
 */
@ApplicationScoped
public class HrisWebhooks {
  /** Sync states that are failures, for the failure log (the others are not anyone's error). */
  private static final Set<String> FAILED_STATES =
      Set.of("CANCELLED", "FAILED", "TIMED_OUT", "AUTHENTICATION_FAILED");

  @Inject FlowService flows;
  @Inject FlowSecrets secrets;
  @Inject InboundEvents events;
  @Inject FlowTriggers triggers;
  @Inject TriggerLog triggerLog;
  @Inject FailureLog failures;
  @Inject FollowUps followUps;

  /** What became of a delivery. */
  public record Receipt(String event, String outcome, Long run, String detail) {}

  /**
   * The flow, when the presented secret is its webhook secret. Compared as SHA-256 digests with
   * MessageDigest.isEqual: the time taken says nothing about the secret or its length. An unknown
   * flow, or one without a secret, is refused the same way.
   */
  public Optional<Flow> authenticate(long flowId, String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    Flow flow;
    try {
      flow = flows.get(flowId);
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    if (flow.getSourceType() != SourceType.HRIS_API || !flow.getHris().hasWebhookSecret()) {
      return Optional.empty();
    }
    boolean same =
        MessageDigest.isEqual(sha256(presented), sha256(secrets.hrisWebhookSecret(flow)));
    return same ? Optional.of(flow) : Optional.empty();
  }

  /**
   * A delivery refused (401: wrong secret, 400: not the expected payload, 413: too large) for an
   * HRIS flow that exists: a failure of the inbound webhook for the dashboard, counted under the
   * HTTP status we answered. Unknown flow ids are not anyone's integration: not counted. These
   * requests are anonymous, so each flow and status writes at most one failure per second: a flood
   * of bad requests cannot turn into a flood of database writes.
   */
  public void refused(long flowId, int status) {
    if (!refusals.admit(flowId + ":" + status, System.nanoTime())) {
      return;
    }
    try {
      Flow flow = flows.get(flowId);
      if (flow.getSourceType() == SourceType.HRIS_API) {
        failures.runFailed(IntegrationType.INBOUND_WEBHOOK, String.valueOf(status), flowId, null);
      }
    } catch (NotFoundException e) {
      // nothing to count
    }
  }

  private final RefusalThrottle refusals = new RefusalThrottle();

  /** A sync that failed: a failure of the inbound webhook, not a successful transaction. */
  static boolean failedSync(HrisEvent event) {
    return event.syncState() != null && FAILED_STATES.contains(event.syncState());
  }

  public Receipt receive(Flow flow, HrisEvent event) {
    String integration = flow.getHris().getIntegrationId();
    if (event.integrationId() != null && !event.integrationId().equals(integration)) {
      throw new IllegalArgumentException("\"data.integration_id\" is not this flow's integration");
    }
    if (events.seen(flow.getId(), event.id())) {
      return duplicate(event);
    }
    try {
      events.record(flow.getId(), event);
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      return duplicate(event); // the same delivery, arriving at the same moment, won
    }
    if (!flow.isActive()) {
      return ignored(flow, event, "the flow is inactive: reactivate it to read its HRIS");
    }
    if (!event.callsForRead()) {
      return ignored(flow, event, null);
    }
    FlowTrigger fired = triggers.start(flow.getId(), FlowTrigger.Source.WEBHOOK);
    if (fired.getOutcome() == FlowTrigger.Outcome.SKIPPED) {
      // the running read may have begun before this sync's changes: one more read after it
      followUps.readAfterCurrentRun(flow.getId());
      return new Receipt(
          event.id(),
          fired.getOutcome().name(),
          fired.getRunId(),
          fired.getDetail() + "; a read follows when it ends");
    }
    return new Receipt(event.id(), fired.getOutcome().name(), fired.getRunId(), fired.getDetail());
  }

  private Receipt ignored(Flow flow, HrisEvent event, String reason) {
    String detail;
    if (reason != null) {
      detail = reason;
    } else if (event.syncState() != null) {
      ExplainedMessage m = MessageCatalog.standard().explain("SYNC_" + event.syncState(), Map.of());
      detail = m.title() + ": " + m.action();
      if (FAILED_STATES.contains(event.syncState())) {
        failures.runFailed(
            IntegrationType.INBOUND_WEBHOOK, "SYNC_" + event.syncState(), flow.getId(), null);
      }
    } else {
      detail = "no employee changed (" + event.type() + ")";
    }
    triggerLog.record(
        new FlowTrigger(
            flow.getId(), FlowTrigger.Source.WEBHOOK, FlowTrigger.Outcome.IGNORED, null, detail));
    return new Receipt(event.id(), FlowTrigger.Outcome.IGNORED.name(), null, detail);
  }

  private static Receipt duplicate(HrisEvent event) {
    return new Receipt(event.id(), "DUPLICATE", null, "this event was already received");
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
