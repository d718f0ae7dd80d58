package com.passerelle.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP statuses of outbound webhooks are explained per integration type, then by their class. */
class WebhookCatalogTest {
  private final MessageCatalog catalog = MessageCatalog.standard();

  @Test
  void a401FromAnEndpointSaysTheKeyIsWrongOrExpired() {
    ExplainedMessage m = catalog.explain(IntegrationType.OUTBOUND_WEBHOOK, "401", Map.of());
    assertEquals("401", m.code());
    assertEquals("The authorization key the customer gave is wrong or expired", m.cause());
    assertTrue(m.action().contains("endpoint's settings"), m.action());
  }

  @Test
  void a410SaysTheEndpointWasRemoved() {
    assertTrue(
        catalog
            .explain(IntegrationType.OUTBOUND_WEBHOOK, "410", Map.of())
            .title()
            .contains("the endpoint was removed"));
  }

  @Test
  void aStatusWithoutItsOwnTextGetsItsClasssTextWithTheStatus() {
    assertEquals(
        "418 from the endpoint: the receiver refused the leave",
        catalog.explain(IntegrationType.OUTBOUND_WEBHOOK, "418", Map.of()).title());
    assertEquals(
        "507 from the endpoint: the receiver failed",
        catalog.explain(IntegrationType.OUTBOUND_WEBHOOK, "507", Map.of()).title());
  }

  @Test
  void ourCodesAndOtherIntegrationsReadAsBefore() {
    assertEquals(
        "The endpoint answered with a redirect",
        catalog.explain(IntegrationType.OUTBOUND_WEBHOOK, "WEBHOOK_REDIRECT", Map.of()).title());
    // Since issue 9 every type has texts for the common statuses; others read as the code.
    assertEquals(
        "401 from the HRIS API: the API key is refused",
        catalog.explain(IntegrationType.INBOUND_HRIS_API, "401", Map.of()).title());
    assertEquals(
        "Error 418", catalog.explain(IntegrationType.INBOUND_HRIS_API, "418", Map.of()).title());
  }
}
