package com.passerelle.source.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DelimiterGuessTest {

  @Test
  void suggestsSemicolonWhenCommaYieldsOneColumn() {
    assertEquals(Optional.of(';'), DelimiterGuess.likelyDelimiter("id;name;email", ','));
  }

  @Test
  void suggestsTabAndPipe() {
    assertEquals(Optional.of('\t'), DelimiterGuess.likelyDelimiter("id\tname", ','));
    assertEquals(Optional.of('|'), DelimiterGuess.likelyDelimiter("id|name", ';'));
  }

  @Test
  void nothingWhenExpectedDelimiterSplitsTheHeader() {
    assertEquals(Optional.empty(), DelimiterGuess.likelyDelimiter("id,name;x", ','));
  }

  @Test
  void nothingForSingleColumnWithoutOtherDelimiter() {
    assertEquals(Optional.empty(), DelimiterGuess.likelyDelimiter("id", ','));
    assertEquals(Optional.empty(), DelimiterGuess.likelyDelimiter("", ','));
    assertEquals(Optional.empty(), DelimiterGuess.likelyDelimiter(null, ','));
  }

  @Test
  void picksMostFrequentCandidate() {
    assertEquals(Optional.of(','), DelimiterGuess.likelyDelimiter("a,b,c;d", '|'));
  }

  @Test
  void ignoresCharactersInsideQuotes() {
    assertEquals(Optional.empty(), DelimiterGuess.likelyDelimiter("\"a;b\"", ','));
  }
}
