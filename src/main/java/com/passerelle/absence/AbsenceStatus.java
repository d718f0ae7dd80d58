package com.passerelle.absence;

/** The life cycle of an absence request (seeds 001 and 002's diagram). */
public enum AbsenceStatus {
  PENDING_APPROVAL,
  APPROVED,
  CANCELLED,
  DELETED
}
