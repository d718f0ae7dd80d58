package com.passerelle.flow;

import com.passerelle.schedule.Cron;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** When a flow runs by itself: a 5-field cron expression read in a time zone; none = on demand. */
@Embeddable
public class FlowSchedule {
  @Column(name = "schedule_cron", length = 120)
  private String cron;

  @Column(name = "schedule_zone", length = 60)
  private String timeZone;

  public String getCron() {
    return cron;
  }

  public String getTimeZone() {
    return timeZone == null ? "UTC" : timeZone;
  }

  public boolean isSet() {
    return cron != null;
  }

  public Cron parsed() {
    return Cron.parse(cron, getTimeZone());
  }

  void set(String cron, String timeZone) {
    this.cron = cron;
    this.timeZone = timeZone;
  }
}
