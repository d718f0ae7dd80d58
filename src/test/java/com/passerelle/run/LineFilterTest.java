package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineFilterTest {

  @Test
  void parsesLowerCaseStatusName() {
    assertEquals(LineStatus.FAILURE, LineFilter.of("failure", null).status());
  }

  @Test
  void parsesUpperCaseStatusName() {
    assertEquals(LineStatus.FAILURE, LineFilter.of("FAILURE", null).status());
  }

  @Test
  void parsesHyphenatedStatusAsUsedInUrls() {
    assertEquals(LineStatus.PARTIAL_SUCCESS, LineFilter.of("partial-success", null).status());
  }

  @Test
  void parsesStatusLabel() {
    assertEquals(LineStatus.PARTIAL_SUCCESS, LineFilter.of("Partial success", null).status());
    assertEquals(LineStatus.ALREADY_CREATED, LineFilter.of("Already created", null).status());
  }

  @Test
  void parsesStatusWithSurroundingSpaces() {
    assertEquals(LineStatus.FILTERED, LineFilter.of("  filtered ", null).status());
  }

  @Test
  void unknownStatusThrowsIllegalArgumentExceptionNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LineFilter.of("exploded", null));
    assertTrue(e.getMessage().contains("exploded"), e.getMessage());
  }

  @Test
  void nullOrBlankStatusMeansAnyStatus() {
    assertNull(LineFilter.of(null, null).status());
    assertNull(LineFilter.of("", null).status());
    assertNull(LineFilter.of("   ", null).status());
  }

  @Test
  void blankQueryIsNull() {
    assertNull(LineFilter.of(null, "   ").query());
    assertNull(LineFilter.of(null, "").query());
    assertNull(LineFilter.of(null, null).query());
  }

  @Test
  void queryIsTrimmed() {
    assertEquals("ada", LineFilter.of(null, "  ada ").query());
  }

  @Test
  void statusAndQueryAreKeptTogether() {
    assertEquals(new LineFilter(LineStatus.FAILURE, "ada"), LineFilter.of("failure", "ada"));
  }

  @Test
  void prefixPatternIsTheLowerCasedKeyFollowedByAWildcard() {
    assertEquals("ada lovelace%", LineFilter.of(null, "Ada LOVELACE").prefixPattern());
  }

  @Test
  void prefixPatternIgnoresAccentsAndRepeatedSpaces() {
    assertEquals("jerome dupont%", LineFilter.of(null, "Jérôme   Dupont").prefixPattern());
  }

  @Test
  void prefixPatternEscapesPercent() {
    assertEquals("100!%%", LineFilter.of(null, "100%").prefixPattern());
  }

  @Test
  void prefixPatternEscapesUnderscore() {
    assertEquals("e!_001%", LineFilter.of(null, "E_001").prefixPattern());
  }

  @Test
  void prefixPatternEscapesTheEscapeCharacterFirst() {
    assertEquals("a!!!%!_b%", LineFilter.of(null, "a!%_b").prefixPattern());
  }

  @Test
  void aQueryOfOnlyMarksSearchesNothing() {
    assertFalse(LineFilter.of(null, "\u0301\u0301").searches());
    assertTrue(LineFilter.of(null, "a").searches());
  }
}
