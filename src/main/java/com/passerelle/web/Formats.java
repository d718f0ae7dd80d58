package com.passerelle.web;

import com.passerelle.catalog.Params;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Formatting helpers for templates ({@code ${fmt.instant(run.startedAt)}}). */
public final class Formats {
  public static final Formats INSTANCE = new Formats();
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Formats() {}

  public String instant(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String duration(Duration d) {
    if (d == null) {
      return "";
    }
    long s = d.getSeconds();
    if (s < 60) {
      return s + "." + (d.toMillisPart() / 100) + " s";
    }
    return s / 60 + " min " + s % 60 + " s";
  }

  public Map<String, String> decode(String encoded) {
    return Params.decode(encoded);
  }

  /** Status and state names as CSS class suffixes: PARTIAL_SUCCESS → partial-success. */
  public String css(Enum<?> value) {
    return value == null ? "" : value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
