package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Receiver;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's own delivery, inside the server (Arquillian deploys this test beside it): the
 * persistent poller timer, the claims, the calls and the retry cascade with the test server's short
 * delays (passerelle.webhook.retry.delays = PT1S,PT2S,PT3S,PT4S, polled every second). Messages are
 * written into the outbox as the absences' outbox writes them; the endpoint is created through the
 * API, pointing at a receiver listening on loopback in the server's JVM.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryWorkerIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "delivery-worker-it.war")
        .addClasses(
            OutboxFixture.class, Receiver.class, Receiver.Call.class, Receiver.Answer.class);
  }

  @Resource(lookup = "jdbc/passerelle")
  DataSource ds;

  private Receiver receiver;
  private OutboxFixture outbox;

  @BeforeEach
  void start() {
    receiver = new Receiver();
    outbox = new OutboxFixture(ds);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  /** Creates an endpoint through the application's API; its id. */
  private long endpoint(String path) throws Exception {
    String base = String.valueOf(new InitialContext().lookup("passerelle/demoHrisUrl"));
    String api = base.substring(0, base.indexOf("/demo/hris")) + "/api/v1/webhooks";
    String json =
        Json.createObjectBuilder()
            .add("name", "worker-it-" + UUID.randomUUID())
            .add("url", receiver.url(path))
            .add("authKey", "YWxhZGRpbjpvcGVuc2VzYW1l")
            .add("eventsMode", "ALL")
            .build()
            .toString();
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api))
                    .header("Content-Type", "application/json")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    JsonObject created = Json.createReader(new StringReader(r.body())).readObject();
    assertTrue(created.getBoolean("authKeySet"));
    assertNull(created.get("authKey"), "a key came back");
    return created.getJsonNumber("id").longValue();
  }

  private static void await(String what, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      if (condition.call()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not within " + WAIT + ": " + what);
  }

  @Test
  void thePollerDeliversAWrittenMessageWithTheSeedsHeaders() throws Exception {
    long endpoint = endpoint("/leaves");
    long absence = outbox.absence("luca.pacioli@example.com");
    long message = outbox.messages(endpoint, absence, "APPROVED").get(0);

    Receiver.Call call = receiver.next(WAIT);
    assertNotNull(call, "no call");
    assertEquals("/leaves", call.path());
    assertEquals("Basic YWxhZGRpbjpvcGVuc2VzYW1l", call.header("Authorization"));
    assertEquals("approved", call.header("X-Event"));
    assertEquals("leave", call.header("X-Resource-Type"));
    assertTrue(call.body().contains("\"id\":\"" + absence + "-20260424-AM\""), call.body());
    await("delivered", () -> outbox.state(message)[0].equals("DELIVERED"));
    assertEquals(List.of("1:200"), outbox.attempts(message));
  }

  @Test
  void failedCallsFollowTheCascadeNeverEarlyAndTheLastFailureFailsTheMessage() throws Exception {
    receiver.otherwise(c -> Receiver.status(500, "{\"error\":\"boom\"}"));
    long endpoint = endpoint("/down");
    long absence = outbox.absence("ada@example.com");
    long message = outbox.messages(endpoint, absence, "CREATED").get(0);

    await("failed after the cascade", () -> outbox.state(message)[0].equals("FAILED"));
    assertEquals(List.of("1:500", "2:500", "3:500", "4:500", "5:500"), outbox.attempts(message));
    List<Receiver.Call> calls = receiver.calls();
    assertEquals(5, calls.size(), "one call per attempt");
    long[] delays = {1000, 2000, 3000, 4000};
    for (int i = 1; i < calls.size(); i++) {
      long gap = Duration.between(calls.get(i - 1).at(), calls.get(i).at()).toMillis();
      assertTrue(gap >= delays[i - 1], "retry " + i + " came after " + gap + " ms");
    }
    assertEquals(
        List.of(
            "OUTBOUND_WEBHOOK:500",
            "OUTBOUND_WEBHOOK:500",
            "OUTBOUND_WEBHOOK:500",
            "OUTBOUND_WEBHOOK:500",
            "OUTBOUND_WEBHOOK:500"),
        outbox.failures(endpoint, message));
    assertEquals("500", outbox.state(message)[2]);
  }

  @Test
  void aDeletedNeverOvertakesTheCreatedOfItsLeaveRetriesIncluded() throws Exception {
    receiver.then(Receiver.status(503), Receiver.status(401)); // created fails twice
    long endpoint = endpoint("/order");
    long absence = outbox.absence("grace@example.com");
    List<Long> ids = outbox.messages(endpoint, absence, "CREATED", "APPROVED", "DELETED");

    await("all delivered", () -> outbox.state(ids.get(2))[0].equals("DELIVERED"));
    List<String> events = receiver.calls().stream().map(c -> c.header("X-Event")).toList();
    assertEquals(List.of("created", "created", "created", "approved", "deleted"), events);
    assertEquals(List.of("1:503", "2:401", "3:200"), outbox.attempts(ids.get(0)));
  }

  @Test
  void aLeaveWhoseOwnerHasNoEmailFailsAtOnceWithoutACall() throws Exception {
    long endpoint = endpoint("/no-email");
    long absence = outbox.absence("");
    long message = outbox.messages(endpoint, absence, "APPROVED").get(0);

    await("failed", () -> outbox.state(message)[0].equals("FAILED"));
    assertEquals(List.of("1:WEBHOOK_OWNER_NO_EMAIL"), outbox.attempts(message));
    assertEquals(
        List.of("OUTBOUND_WEBHOOK:WEBHOOK_OWNER_NO_EMAIL"), outbox.failures(endpoint, message));
    assertNull(receiver.next(Duration.ofMillis(500)), "it was sent");
  }

  @Test
  void aReceiverThatNeverAnswersIsATimeoutAndTheWorkerGoesOn() throws Exception {
    receiver.then(Receiver.slow(Duration.ofSeconds(6), 200)); // the test server's timeout is 3 s
    long endpoint = endpoint("/slow");
    long absence = outbox.absence("hopper@example.com");
    long message = outbox.messages(endpoint, absence, "APPROVED").get(0);

    await("delivered on retry", () -> outbox.state(message)[0].equals("DELIVERED"));
    assertEquals(List.of("1:WEBHOOK_TIMEOUT", "2:200"), outbox.attempts(message));
  }
}
