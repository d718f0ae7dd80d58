package com.passerelle.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestErrorTest {

  @ParameterizedTest
  @EnumSource(RequestError.class)
  void everyRequestErrorHasACompleteCatalogEntry(RequestError error) {
    assertTrue(MessageCatalog.standard().knows(error.name()), "no catalog entry for " + error);
    ExplainedMessage m = error.explain();
    assertFalse(m.title().isBlank());
    assertFalse(m.cause().endsWith("."), "cause ends with a full stop: " + m.cause());
    assertFalse(m.action().endsWith("."), "action ends with a full stop: " + m.action());
  }

  @Test
  void detailJoinsCauseAndActionWithItsParameters() {
    assertEquals(
        "The request body is larger than 64 KiB, the limit of this address. Send a smaller body.",
        RequestError.REQUEST_TOO_LARGE.detail(Map.of("limit", "64 KiB")));
  }
}
