package com.passerelle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.passerelle.run.LineStatus;
import com.passerelle.run.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private final Formats fmt = Formats.INSTANCE;

  @Test
  void cssOfPartialSuccessIsKebabCase() {
    assertEquals("partial-success", fmt.css(LineStatus.PARTIAL_SUCCESS));
  }

  @Test
  void cssOfSingleWordStatusIsLowerCase() {
    assertEquals("failure", fmt.css(LineStatus.FAILURE));
    assertEquals("filtered", fmt.css(LineStatus.FILTERED));
  }

  @Test
  void cssWorksForRunStatesToo() {
    assertEquals("partially-failed", fmt.css(RunState.PARTIALLY_FAILED));
    assertEquals("in-progress", fmt.css(RunState.IN_PROGRESS));
  }

  @Test
  void cssOfNullIsEmpty() {
    assertEquals("", fmt.css(null));
  }

  @Test
  void cssDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("failure", fmt.css(LineStatus.FAILURE));
      assertEquals("filtered", fmt.css(LineStatus.FILTERED));
      assertEquals("partially-failed", fmt.css(RunState.PARTIALLY_FAILED));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void durationUnderAMinuteShowsSecondsAndTenths() {
    assertEquals("1.2 s", fmt.duration(Duration.ofMillis(1_234)));
  }

  @Test
  void durationTenthsAreTruncatedNotRounded() {
    assertEquals("59.9 s", fmt.duration(Duration.ofMillis(59_999)));
  }

  @Test
  void zeroDurationIsZeroSeconds() {
    assertEquals("0.0 s", fmt.duration(Duration.ZERO));
  }

  @Test
  void subSecondDurationShowsZeroSeconds() {
    assertEquals("0.5 s", fmt.duration(Duration.ofMillis(500)));
  }

  @Test
  void durationOfExactlyOneMinuteShowsMinutes() {
    assertEquals("1 min 0 s", fmt.duration(Duration.ofSeconds(60)));
  }

  @Test
  void durationOverAMinuteShowsMinutesAndSeconds() {
    assertEquals("2 min 5 s", fmt.duration(Duration.ofSeconds(125).plusMillis(900)));
  }

  @Test
  void durationOverAnHourStaysInMinutes() {
    assertEquals("61 min 1 s", fmt.duration(Duration.ofSeconds(3_661)));
  }

  @Test
  void nullDurationIsEmpty() {
    assertEquals("", fmt.duration(null));
  }

  @Test
  void instantIsFormattedInUtc() {
    assertEquals("2026-03-01 14:05:09 UTC", fmt.instant(Instant.parse("2026-03-01T14:05:09.750Z")));
  }

  @Test
  void nullInstantIsEmpty() {
    assertEquals("", fmt.instant(null));
  }

  @Test
  void decodeReadsEncodedParams() {
    assertEquals(Map.of("field", "a b"), fmt.decode("field=a+b"));
  }
}
