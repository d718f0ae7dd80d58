package com.passerelle.webhook;

/**
 * Fired by the {@link Outbox} once it wrote messages in an absence's transaction. Observers that
 * send them observe it {@code during = TransactionPhase.AFTER_SUCCESS}: they hear of it only once
 * the messages are committed, and never for a change that rolled back.
 */
public record MessagesWritten(int count) {}
