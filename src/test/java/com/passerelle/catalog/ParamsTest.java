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
  void roundTripKeepsValuesWithSeparatorsAndPercent() {
    Map<String, String> params =
        Params.of("a&b", "x=y&z=w", "percent", "100% %20 %", "plus", "a+b");

    assertEquals(params, roundTrip(params));
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
}
