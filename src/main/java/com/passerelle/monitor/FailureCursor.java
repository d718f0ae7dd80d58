package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.common.InvalidRequestException;

/**
 * Where a page of the failures table ended: the last group's total and key, as one opaque-looking
 * but readable token {@code total:TYPE:sourceId:code}.
 */
public record FailureCursor(long total, IntegrationType type, long sourceId, String code) {
  public String token() {
    return total + ":" + type.name() + ":" + sourceId + ":" + code;
  }

  public static FailureCursor of(MonitoringQueries.Group g) {
    return new FailureCursor(g.total(), g.type(), g.sourceId(), g.code());
  }

  /** Null for none; 400 for a token this API did not give. */
  public static FailureCursor parse(String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    String[] parts = token.split(":", 4);
    try {
      if (parts.length != 4 || parts[3].isEmpty()) {
        throw new IllegalArgumentException();
      }
      return new FailureCursor(
          Long.parseLong(parts[0]),
          IntegrationType.valueOf(parts[1]),
          Long.parseLong(parts[2]),
          parts[3]);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "after must be the \"next\" value of the previous page (total:TYPE:sourceId:code)");
    }
  }
}
