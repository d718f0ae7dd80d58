package com.passerelle.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoInboxTest {

  @Test
  void keepsTheLastCallsNewestFirst() {
    DemoInbox inbox = new DemoInbox();
    for (int i = 1; i <= DemoInbox.CAPACITY + 20; i++) {
      inbox.record(
          Instant.now(),
          "approved",
          Map.of("X-Event", "approved"),
          "{\"n\":" + i + "}",
          200,
          false);
    }
    assertEquals(DemoInbox.CAPACITY, inbox.calls().size(), "bounded");
    assertEquals(DemoInbox.CAPACITY + 20, inbox.received());
    assertEquals(DemoInbox.CAPACITY + 20, inbox.calls().get(0).number(), "newest first");
    assertEquals(21, inbox.calls().get(DemoInbox.CAPACITY - 1).number(), "the oldest went");
  }

  @Test
  void masksTheAuthorizationKey() {
    assertEquals("Basic ****", DemoInboxServlet.mask("Basic demo:demo"));
    assertEquals("****", DemoInboxServlet.mask("secret"));
    assertTrue(DemoInboxServlet.isAuthorization("AUTHORIZATION"));
  }
}
