package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.it.Receiver;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One call against a real HTTP receiver on loopback, answering each way a customer's server may.
 */
class DeliveryTest {
  private static final String KEY = "YWxhZGRpbjpvcGVuc2VzYW1l"; // the seeds' example
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String PAYLOAD =
      "{\"id\":\"78287-20180424-PM\",\"date\":\"2018-04-24\",\"isAm\":false}";

  private final Receiver receiver = new Receiver();
  private final Delivery delivery =
      new Delivery(new SsrfGuard(true), Duration.ofMillis(800), Clock.systemUTC());

  @AfterEach
  void stop() {
    receiver.close();
  }

  private DeliveryOutcome send(String url) {
    return delivery.send(new Delivery.Outgoing(url, KEY, null, "approved", "41", PAYLOAD));
  }

  @Test
  void aLeaveIsPostedWithTheSeedsHeadersAndA2xxDeliversIt() throws Exception {
    receiver.then(Receiver.status(204, ""));
    DeliveryOutcome o = send(receiver.url("/hooks/leaves?tenant=acme"));

    assertTrue(o.delivered(), o.toString());
    assertEquals(204, o.httpStatus());
    assertNull(o.failureCode());
    Receiver.Call call = receiver.next(Duration.ofSeconds(1));
    assertEquals("POST", call.method());
    assertEquals("/hooks/leaves?tenant=acme", call.path());
    assertEquals("Basic YWxhZGRpbjpvcGVuc2VzYW1l", call.header("Authorization"));
    assertEquals("1", call.header("X-Version"));
    assertEquals("leave", call.header("X-Resource-Type"));
    assertEquals("approved", call.header("X-Event"));
    assertEquals("application/json", call.header("Content-Type"));
    assertEquals(PAYLOAD, call.body());
    assertNull(call.header("webhook-signature"), "no signing secret, no signature");
  }

  @Test
  void withASigningSecretTheStandardWebhooksHeadersLetTheReceiverCheckOrigin() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    delivery.send(new Delivery.Outgoing(receiver.url("/"), KEY, SECRET, "created", "41", PAYLOAD));
    Receiver.Call call = receiver.next(Duration.ofSeconds(1));

    assertEquals("41", call.header("webhook-id"));
    long ts = Long.parseLong(call.header("webhook-timestamp"));
    assertTrue(ts >= before.getEpochSecond() && ts <= Instant.now().getEpochSecond() + 1);
    // What a receiver does: sign id.timestamp.body with the shared secret and compare.
    assertEquals(
        Signature.of(SECRET).sign("41", ts, call.body()), call.header("webhook-signature"));
  }

  @Test
  void a401IsAFailureWithItsStatusAndTheAnswersStart() {
    receiver.then(Receiver.status(401, "{\"error\":\"invalid key\"}"));
    DeliveryOutcome o = send(receiver.url("/"));
    assertFalse(o.delivered());
    assertEquals("401", o.failureCode());
    assertNull(o.error());
    assertEquals("{\"error\":\"invalid key\"}", o.excerpt());
  }

  @Test
  void a500IsAFailure() {
    receiver.then(Receiver.status(500));
    assertEquals("500", send(receiver.url("/")).failureCode());
  }

  @Test
  void aReceiverThatNeverAnswersIsATimeoutWithinTheTimeout() {
    receiver.then(Receiver.slow(Duration.ofSeconds(5), 200));
    long t0 = System.nanoTime();
    DeliveryOutcome o = send(receiver.url("/"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(ErrorCode.WEBHOOK_TIMEOUT, o.error());
    assertEquals("WEBHOOK_TIMEOUT", o.failureCode());
    assertTrue(ms < 3000, "took " + ms + " ms");
  }

  @Test
  void aClosedConnectionIsItsOwnFailure() {
    receiver.then(Receiver.hangUp());
    DeliveryOutcome o = send(receiver.url("/"));
    assertEquals(ErrorCode.WEBHOOK_CONNECTION_CLOSED, o.error(), o.toString());
  }

  @Test
  void a50MegabyteAnswerIsReadUpTo4KbOnly() {
    receiver.then(Receiver.big(50L * 1024 * 1024));
    long t0 = System.nanoTime();
    DeliveryOutcome o = send(receiver.url("/"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(o.delivered(), o.toString());
    assertEquals(4096, o.excerpt().length());
    assertTrue(o.detail().contains("cut at 4 KB"), o.detail());
    assertTrue(ms < 2000, "took " + ms + " ms: the body was read");
  }

  @Test
  void aRedirectIsNotFollowedAndSaysWhereItPointed() throws Exception {
    receiver.then(Receiver.redirect(receiver.url("/elsewhere")));
    DeliveryOutcome o = send(receiver.url("/"));
    assertEquals(ErrorCode.WEBHOOK_REDIRECT, o.error());
    assertEquals(302, o.httpStatus());
    assertTrue(o.detail().contains("/elsewhere"), o.detail());
    receiver.next(Duration.ofSeconds(1));
    assertNull(receiver.next(Duration.ofMillis(300)), "the redirect was followed");
  }

  @Test
  void nothingListeningIsARefusedConnection() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    DeliveryOutcome o = send("http://127.0.0.1:" + port + "/");
    assertEquals(ErrorCode.WEBHOOK_CONNECTION_REFUSED, o.error(), o.toString());
  }

  @Test
  void httpsToAServerThatSpeaksNoTlsIsATlsFailure() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answer =
          new Thread(
              () -> {
                try (var socket = plain.accept()) {
                  socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                } catch (java.io.IOException ignored) {
                  // the client gave up: the assertion says why
                }
              });
      answer.start();
      DeliveryOutcome o = send("https://127.0.0.1:" + plain.getLocalPort() + "/");
      assertEquals(ErrorCode.WEBHOOK_TLS, o.error(), o.toString());
      answer.join(2000);
    }
  }

  @Test
  void aBlockedAddressIsNeverCalled() throws Exception {
    Delivery strict = new Delivery(new SsrfGuard(false), Duration.ofSeconds(1), Clock.systemUTC());
    DeliveryOutcome o =
        strict.send(new Delivery.Outgoing(receiver.url("/"), KEY, null, "created", "1", PAYLOAD));
    assertEquals(ErrorCode.WEBHOOK_BLOCKED_ADDRESS, o.error());
    assertNull(receiver.next(Duration.ofMillis(300)), "a blocked address got the call");
  }

  @Test
  void anUnknownHostAndAnInvalidUrlAreTheirOwnFailures() {
    Delivery noDns =
        new Delivery(
            new SsrfGuard(
                false,
                host -> {
                  throw new java.net.UnknownHostException(host);
                }),
            Duration.ofSeconds(1),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    assertEquals(
        ErrorCode.WEBHOOK_UNKNOWN_HOST,
        noDns
            .send(
                new Delivery.Outgoing(
                    "https://nowhere.example/", KEY, null, "created", "1", PAYLOAD))
            .error());
    assertEquals(
        ErrorCode.WEBHOOK_INVALID_URL,
        noDns
            .send(new Delivery.Outgoing("ftp://files.example/", KEY, null, "created", "1", PAYLOAD))
            .error());
  }
}
