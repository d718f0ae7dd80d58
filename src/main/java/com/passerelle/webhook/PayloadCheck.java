package com.passerelle.webhook;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * What the worker checks in a payload before calling: the owner's email. The customer's tool
 * matches the leave's person by it, so a leave without one would be attached to nobody; it is
 * failed at once (WEBHOOK_OWNER_NO_EMAIL) rather than sent. People of the directory always have an
 * email (one email = one profile), so this guards payloads written without one.
 */
final class PayloadCheck {
  private PayloadCheck() {}

  static boolean hasOwnerEmail(String payload) {
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      JsonObject leave = reader.readObject();
      JsonValue owner = leave.get("owner");
      if (!(owner instanceof JsonObject o)
          || !(o.get("email") instanceof jakarta.json.JsonString s)) {
        return false;
      }
      return !s.getString().isBlank();
    } catch (RuntimeException notJson) {
      return true; // not ours to judge: the receiver's answer will say
    }
  }
}
