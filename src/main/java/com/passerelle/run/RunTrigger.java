package com.passerelle.run;

/** What started a run. */
public enum RunTrigger {
  MANUAL,
  SCHEDULE,
  WEBHOOK
}
