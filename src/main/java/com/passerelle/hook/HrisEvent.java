package com.passerelle.hook;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A webhook event of the HRIS API (contract: sync-finished, data-changed), reduced to what decides
 * whether to read: its id (deliveries repeat: the id makes them one), its type, the sync state, the
 * integration, and whether employees changed.
 */
record HrisEvent(
    String id, String type, String syncState, String integrationId, boolean employeesChanged) {
  static final String SYNC_FINISHED = "sync-finished";
  static final String DATA_CHANGED = "data-changed";
  static final int MAX_ID = 100;

  /** Sync states after which the data can be read (seed 004). */
  private static final Set<String> READABLE = Set.of("SUCCEEDED", "PARTIALLY_FAILED");

  private static final Set<String> STATES =
      Set.of(
          "SUCCEEDED",
          "PARTIALLY_FAILED",
          "CANCELLED",
          "FAILED",
          "TIMED_OUT",
          "AUTHENTICATION_FAILED");

  /** Reads an event, or says in words what is wrong with it (IllegalArgumentException). */
  static HrisEvent of(JsonValue body) {
    if (!(body instanceof JsonObject event)) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    String id = text(event, "id");
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      throw new IllegalArgumentException(
          "\"id\" must be a string of 1 to " + MAX_ID + " characters");
    }
    String type = text(event, "type");
    if (!SYNC_FINISHED.equals(type) && !DATA_CHANGED.equals(type)) {
      throw new IllegalArgumentException("\"type\" must be sync-finished or data-changed");
    }
    if (!(event.get("data") instanceof JsonObject data)) {
      throw new IllegalArgumentException("\"data\" must be an object");
    }
    String state = text(data, "sync_state");
    if (SYNC_FINISHED.equals(type) && (state == null || !STATES.contains(state))) {
      throw new IllegalArgumentException("\"data.sync_state\" must be one of " + STATES);
    }
    return new HrisEvent(id, type, state, text(data, "integration_id"), employeesIn(data));
  }

  /** Whether this event means there is new data to read. */
  boolean callsForRead() {
    return SYNC_FINISHED.equals(type) ? READABLE.contains(syncState) : employeesChanged;
  }

  private static boolean employeesIn(JsonObject data) {
    if (!(data.get("changed_models") instanceof JsonArray models)) {
      return false;
    }
    return models.stream()
        .anyMatch(m -> m instanceof JsonObject o && "hris_employees".equals(text(o, "name")));
  }

  private static String text(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s ? s.getString() : null;
  }
}
