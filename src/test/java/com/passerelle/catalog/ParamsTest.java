package com.passerelle.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsTest {

  private static Map<String, String> roundTrip(Map<String, String> params) {
    return Params.decode(Params.encode(params));
  }

  @Test
  void pairsEncodeAsTheMapOfThemDoes() {
    List<String> keys = List.of("employee_id", "pr\u00e9nom", "a b", "x&y=z", "last");
    List<String> values = java.util.Arrays.asList("B1", "J\u00e9r\u00f4me", "1+1", "50%", null);
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      map.put(keys.get(i), values.get(i));
    }
    assertEquals(Params.encode(map), Params.encode(keys, values));
    assertEquals("", Params.encode(keys, List.of()));
  }

  @Test
  void roundTripKeepsValuesWithSeparatorsAndPercent() {
    Map<String, String> params =
        Params.of("a&b", "x=y&z=w", "percent", "100% %20 %", "plus", "a+b");

    assertEquals(params, roundTrip(params));
  }

  @Test
  void emailsAreStoredReadableAndOlderEscapedOnesStillDecode() {
    assertEquals("email=zoe@acme.fr", Params.encode(Params.of("email", "zoe@acme.fr")));
    assertEquals(Map.of("email", "zoe@acme.fr"), Params.decode("email=zoe%40acme.fr"));
  }

  @Test
  void roundTripKeepsSpaces() {
    Map<String, String> params = Params.of("key with spaces", "  leading and trailing  ");

    assertEquals(params, roundTrip(params));
  }

  @Test
  void roundTripKeepsUnicode() {
    Map<String, String> params = Params.of("prénom", "Zoë Ünal 日本 😀", "ville", "Besançon");

    assertEquals(params, roundTrip(params));
  }

  @Test
  void roundTripKeepsEmptyValues() {
    Map<String, String> params = Params.of("empty", "", "after", "x");

    assertEquals(params, roundTrip(params));
  }

  @Test
  void nullValueIsEncodedAsEmpty() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("field", null);

    assertEquals(Map.of("field", ""), roundTrip(params));
  }

  @Test
  void roundTripKeepsInsertionOrder() {
    Map<String, String> params = Params.of("z", "1", "a", "2", "m", "3");

    assertEquals(List.of("z", "a", "m"), List.copyOf(roundTrip(params).keySet()));
  }

  @Test
  void encodedFormIsOneKeyValueListWithoutRawSeparatorsInValues() {
    assertEquals(
        "field=a%26b%3Dc&value=x", Params.encode(Params.of("field", "a&b=c", "value", "x")));
  }

  @Test
  void encodeOfNullOrEmptyIsEmptyString() {
    assertEquals("", Params.encode(null));
    assertEquals("", Params.encode(Map.of()));
  }

  @Test
  void decodeOfNullGivesEmptyMap() {
    assertTrue(Params.decode(null).isEmpty());
  }

  @Test
  void decodeOfEmptyStringGivesEmptyMap() {
    assertTrue(Params.decode("").isEmpty());
  }

  @Test
  void decodeOfKeyWithoutEqualsGivesEmptyValue() {
    assertEquals(Map.of("flag", "", "k", "v"), Params.decode("flag&k=v"));
  }

  @Test
  void ofBuildsPairsInOrder() {
    Map<String, String> params = Params.of("field", "email", "value", "x");

    assertEquals(List.of("field", "value"), List.copyOf(params.keySet()));
    assertEquals("email", params.get("field"));
    assertEquals("x", params.get("value"));
  }

  @Test
  void ofWithOddNumberOfArgumentsThrows() {
    assertThrows(IllegalArgumentException.class, () -> Params.of("field", "email", "value"));
    assertThrows(IllegalArgumentException.class, () -> Params.of("field"));
  }

  @Test
  void ofWithNoArgumentsGivesEmptyMap() {
    assertTrue(Params.of().isEmpty());
  }

  // ------------------------------------------------------------ fitting a column

  @Test
  void encodingThatFitsIsUnchanged() {
    Map<String, String> params = Params.of("field", "email", "value", "x");

    assertEquals(Params.encode(params), Params.encode(params, 2000));
  }

  @Test
  void thousandAccentedLettersFitAndStillDecode() {
    // 1,000 "é" encode to 6,000 characters: a cut of the encoded text split a %XX escape.
    Map<String, String> params = Params.of("first_name", "Zoé", "notes", "é".repeat(1000));

    String encoded = Params.encode(params, 4000);

    assertTrue(encoded.length() <= 4000, () -> "length " + encoded.length());
    Map<String, String> decoded = Params.decode(encoded);
    assertEquals("Zoé", decoded.get("first_name"), "short values are kept whole");
    String notes = decoded.get("notes");
    assertTrue(notes.endsWith("…"), notes);
    assertTrue(notes.length() > 600, () -> "kept as much as fits: " + notes.length());
    assertEquals("é".repeat(notes.length() - 1), notes.substring(0, notes.length() - 1));
  }

  @Test
  void everyCutDecodesForEveryLimit() {
    Map<String, String> params =
        Params.of("prénom", "Zoë 日本 😀".repeat(40), "a&b", "x=y%z+".repeat(30), "k", "v");
    for (int max = 0; max <= Params.encode(params).length(); max++) {
      String encoded = Params.encode(params, max);
      int limit = max;
      assertTrue(encoded.length() <= max, () -> "limit " + limit + ": " + encoded);
      Map<String, String> decoded = Params.decode(encoded);
      assertEquals(encoded, Params.encode(decoded), () -> "no escape cut at " + limit);
      for (String value : decoded.values()) {
        assertTrue(!value.contains("\uFFFD"), () -> "broken character at " + limit);
        assertTrue(wellFormed(value), () -> "split surrogate pair at " + limit);
      }
    }
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i))) {
          return false;
        }
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String cut = ParamsFitter.cut("😀😀😀", Params.encode(Params.of("k", "😀")).length() + 7);

    assertEquals("😀…", cut);
  }

  @Test
  void longKeysAreShortenedToo() {
    Map<String, String> params = Params.of("c".repeat(5000), "value");

    String encoded = Params.encode(params, 100);

    assertTrue(encoded.length() <= 100, encoded);
    assertTrue(Params.decode(encoded).containsValue("value"), encoded);
  }

  @Test
  void manyPairsBeyondTheLimitAreDropped() {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < 3000; i++) {
      params.put("c" + i, "v");
    }

    String encoded = Params.encode(params, 4000);

    assertTrue(encoded.length() <= 4000, () -> "length " + encoded.length());
    assertEquals("v", Params.decode(encoded).get("c0"), "the first columns are kept");
  }

  @Test
  void aHundredThousandColumnsFitWithTheirFirstColumnsKept() {
    // A 1 MiB line may hold that many fields: fitting must not try them one cut at a time.
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < 100_000; i++) {
      params.put("column" + i, "value" + i);
    }

    String encoded = Params.encode(params, 4000);

    assertTrue(encoded.length() <= 4000, () -> "length " + encoded.length());
    Map<String, String> decoded = Params.decode(encoded);
    assertEquals("value0", decoded.get("column0"));
    assertTrue(decoded.size() > 100, () -> "columns kept: " + decoded.size());
  }

  @Test
  void shortValuesStayWholeWhileLongOnesShareTheRoom() {
    Map<String, String> params =
        Params.of("id", "E1", "a", "x".repeat(3000), "b", "y".repeat(3000), "c", "z");

    Map<String, String> decoded = Params.decode(Params.encode(params, 2000));

    assertEquals("E1", decoded.get("id"));
    assertEquals("z", decoded.get("c"));
    int a = decoded.get("a").length();
    int b = decoded.get("b").length();
    assertTrue(Math.abs(a - b) <= 1 && a > 900, () -> "a " + a + ", b " + b);
  }

  @Test
  void aMalformedEscapeStoredEarlierStillDecodes() {
    // What an older version stored after cutting "é" (%C3%A9) in the middle of an escape.
    Map<String, String> decoded = Params.decode("first_name=Zo%C3%A9&notes=%C3%A9%C");

    assertEquals("Zoé", decoded.get("first_name"));
    assertEquals("%C3%A9%C", decoded.get("notes"));
  }
}
