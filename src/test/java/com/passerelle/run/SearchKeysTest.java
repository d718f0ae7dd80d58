package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SearchKeysTest {
  @Test
  void keysAreLowerCasedWithoutAccentsAndWithSingleSpaces() {
    assertEquals("jerome dupont", SearchKeys.of("  Jérôme \t Dupont "));
    assertEquals("anne.o@x.fr", SearchKeys.of("Anne.O@X.fr"));
  }

  @Test
  void bothNameOrdersAreKeyed() {
    assertEquals("zoe martin", SearchKeys.name("Zoé", "Martin"));
    assertEquals("martin zoe", SearchKeys.reversedName("Zoé", "Martin"));
    assertEquals("martin", SearchKeys.reversedName(null, "Martin"));
  }

  @Test
  void emptyValuesHaveNoKey() {
    assertNull(SearchKeys.of(null));
    assertNull(SearchKeys.of("   "));
    assertNull(SearchKeys.name(null, null));
  }

  @Test
  void keysAreCutToTheColumn() {
    assertEquals(SearchKeys.LENGTH, SearchKeys.of("a".repeat(300)).length());
  }

  @Test
  void aCutNeverSplitsAnEmoji() {
    String key = SearchKeys.of("a" + "🙂".repeat(80));
    assertEquals(SearchKeys.LENGTH - 1, key.length());
    assertEquals(
        key, new String(key.codePoints().toArray(), 0, key.codePointCount(0, key.length())));
  }

  @Test
  void theUpperBoundOfAPrefixIsItsLastCharacterPlusOne() {
    assertEquals("dupont", SearchKeys.upperBound("dupons"));
    assertEquals("a🙃", SearchKeys.upperBound("a🙂"));
    assertEquals("a\uE000", SearchKeys.upperBound("a\uD7FF"));
    assertNull(SearchKeys.upperBound("a\uFFFF"));
  }

  @Test
  void aLikePatternMatchesThePrefixLiterally() {
    assertEquals("Zoé%", SearchKeys.likePattern("Zoé"));
    assertEquals("50!%!_off!!%", SearchKeys.likePattern("50%_off!"));
    assertEquals("a\\b%", SearchKeys.likePattern("a\\b")); // escape is '!': a backslash is a letter
  }
}
