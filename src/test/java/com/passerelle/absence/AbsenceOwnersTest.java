package com.passerelle.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AbsenceOwnersTest {
  @Test
  void aPrefixIsMatchedLiterallyByLike() {
    assertEquals("Zoé%", AbsenceOwners.likePrefix("Zoé"));
    assertEquals("50!%!_off!!%", AbsenceOwners.likePrefix("50%_off!"));
    assertEquals(
        "a\\b%", AbsenceOwners.likePrefix("a\\b")); // escape is '!': a backslash is a letter
  }
}
