package com.passerelle.absence;

/** How a leave account counts: in days (half-days) or in hours (leaves carry a duration). */
public enum LeaveUnit {
  DAYS,
  HOURS
}
