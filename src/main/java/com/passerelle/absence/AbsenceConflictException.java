package com.passerelle.absence;

import com.passerelle.catalog.RequestError;
import java.util.Map;

/**
 * A change the absence's status does not allow (approving a deleted absence, cancelling it twice):
 * a 409 whose text, from the catalog ({@link RequestError#ABSENCE_CHANGE_REFUSED}), says its status
 * and what each status allows.
 */
public class AbsenceConflictException extends RuntimeException {
  private final Map<String, String> params;

  public AbsenceConflictException(long id, String action, AbsenceStatus status) {
    this(Map.of("id", String.valueOf(id), "action", action, "status", label(status)));
  }

  private AbsenceConflictException(Map<String, String> params) {
    super(RequestError.ABSENCE_CHANGE_REFUSED.detail(params));
    this.params = params;
  }

  /** The catalog text's parameters: id, action, status. */
  public Map<String, String> params() {
    return params;
  }

  public static String label(AbsenceStatus status) {
    return switch (status) {
      case PENDING_APPROVAL -> "pending approval";
      case APPROVED -> "approved";
      case CANCELLED -> "cancelled";
      case DELETED -> "deleted";
    };
  }
}
