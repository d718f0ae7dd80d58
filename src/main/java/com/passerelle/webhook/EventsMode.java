package com.passerelle.webhook;

import com.passerelle.absence.AbsenceChanged;

/** Which events an endpoint receives (seeds 001/002). */
public enum EventsMode {
  /** Created pending approval, approved, deleted. */
  ALL,
  /** Approved and deleted only. */
  APPROVED_ONLY;

  public boolean sends(AbsenceChanged.Event event) {
    return this == ALL || event != AbsenceChanged.Event.CREATED;
  }
}
