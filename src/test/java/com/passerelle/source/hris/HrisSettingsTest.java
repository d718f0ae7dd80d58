package com.passerelle.source.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Settings never print the key, refuse what the contract refuses, and build the page URL. */
class HrisSettingsTest {
  private final HrisSettings s =
      HrisSettings.of("https://user:pw@api.example.test/base/", "sk_live_SECRET", "personio:8d1");

  @Test
  void toStringHidesTheKeyAndUserInfo() {
    String text = s.toString();

    assertFalse(text.contains("SECRET"), text);
    assertFalse(text.contains("pw"), text);
    assertTrue(text.contains("https://api.example.test/base"), text);
    assertTrue(text.contains("personio:8d1"), text);
  }

  @Test
  void defaultsAreTheContractsAndTheBriefs() {
    assertEquals(250, s.pageSize());
    assertEquals(Duration.ofSeconds(30), s.requestTimeout());
    assertEquals(16L << 20, s.maxResponseBytes());
    assertEquals(3, s.retries());
    assertEquals(Duration.ofSeconds(1), s.backoffBase());
    assertEquals(
        "https://user:pw@api.example.test/base/v1/hris/employees", s.employeesUri().toString());
  }

  @Test
  void refusesWhatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> s.withPageSize(251));
    assertThrows(IllegalArgumentException.class, () -> s.withPageSize(0));
    assertThrows(IllegalArgumentException.class, () -> HrisSettings.of("ftp://x", "k", "i"));
    assertThrows(IllegalArgumentException.class, () -> HrisSettings.of("http://x?a=1", "k", "i"));
    assertThrows(IllegalArgumentException.class, () -> HrisSettings.of("http://x", " ", "i"));
    assertThrows(
        IllegalArgumentException.class, () -> HrisSettings.of("http://x", "k\r\nX: y", "i"));
    assertThrows(IllegalArgumentException.class, () -> s.withRequestTimeout(Duration.ZERO));
  }

  @Test
  void pageUrlEncodesTheCursorAndFormatsUpdatedAfterInUtcMillis() {
    Instant at = Instant.parse("2026-01-02T03:04:05.678912Z");

    String url = HrisClient.pageUri(s, "a+b/c=", at).toString();

    assertTrue(
        url.endsWith(
            "/base/v1/hris/employees?page_size=250&cursor=a%2Bb%2Fc%3D"
                + "&updated_after=2026-01-02T03:04:05.678Z"),
        url);
    assertTrue(HrisClient.pageUri(s, null, null).toString().endsWith("?page_size=250"));
  }
}
