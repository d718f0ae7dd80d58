package com.passerelle.source.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.demo.FakeHris;
import com.passerelle.demo.FakeHrisServer;
import com.passerelle.source.hris.HrisException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the fake HRIS: paging, change tracking, first sync and credentials. */
class HrisClientTest {
  private static final String KEY = "sk_test_4f9a2b";
  private static final String INTEGRATION = "personio:8d1hpPsbjxUkoCoa1veLZGe5";

  private final HrisClient client = new HrisClient();
  private FakeHris hris;
  private FakeHrisServer server;

  @BeforeEach
  void start() throws Exception {
    hris = new FakeHris(1234, KEY, INTEGRATION);
    server = new FakeHrisServer(hris);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HrisSettings settings() {
    return HrisSettings.of(server.baseUrl(), KEY, INTEGRATION)
        .withRetries(3, Duration.ofMillis(10));
  }

  @Test
  void fullReadFollowsEveryCursorAndHandsEachEmployeeOnce() throws Exception {
    List<HrisEmployee> got = new ArrayList<>();
    ReadResult result = client.read(settings(), null, got::add);

    int expected = hris.count(false);
    assertEquals(1222, expected, "1,234 people, 12 of them deleted");
    assertEquals(5, result.pages());
    assertEquals(expected, result.records());
    assertEquals(expected, got.size());
    Set<String> ids = got.stream().map(HrisEmployee::id).collect(Collectors.toSet());
    assertEquals(expected, ids.size(), "no employee twice");
    assertTrue(got.stream().allMatch(e -> e.remoteDeletedAt() == null));
    Set<String> emails = got.stream().map(HrisEmployee::workEmail).collect(Collectors.toSet());
    assertEquals(expected, emails.size());

    List<FakeHrisServer.Request> requests = server.requests();
    assertEquals(5, requests.size());
    assertEquals("page_size=250", requests.get(0).rawQuery());
    Set<String> cursors = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      FakeHrisServer.Request r = requests.get(i);
      assertEquals("GET", r.method());
      assertEquals("Bearer " + KEY, r.headers().get("Authorization"));
      assertEquals(INTEGRATION, r.headers().get("X-integration-id"));
      assertEquals("application/json", r.headers().get("Accept"));
      assertEquals("250", r.query().get("page_size"));
      assertNull(r.query().get("updated_after"));
      if (i > 0) {
        assertNotNull(r.query().get("cursor"), "page " + (i + 1) + " asked with a cursor");
        assertTrue(cursors.add(r.query().get("cursor")));
      }
    }
    assertTrue(result.firstRecordLatency().compareTo(result.elapsed()) <= 0);
    assertFalse(result.startedAt().isAfter(Instant.now()));
  }

  @Test
  void firstEmployeeHasTheContractFieldsAndItsFirstEmploymentType() throws Exception {
    List<HrisEmployee> got = new ArrayList<>();
    client.read(settings().withPageSize(5), null, got::add);

    HrisEmployee first = got.get(0);
    assertEquals(24, first.id().length());
    assertEquals("10000", first.remoteId());
    assertEquals("E00001", first.employeeNumber());
    assertEquals("Claire", first.firstName());
    assertEquals("claire.moreau1@demo-hris.example.com", first.workEmail());
    assertEquals(first.firstName() + " " + first.lastName(), first.displayFullName());
    assertEquals("ACTIVE", first.employmentStatus());
    assertNotNull(first.employmentType());
    assertNull(first.managerId(), "the top of the tree");
    assertNull(first.personalEmail());
    assertTrue(first.startDate().endsWith("T00:00:00.000Z"));
    assertTrue(first.changedAt().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    assertEquals(first.id(), got.get(1).managerId());
    HrisEmployee inactive = got.get(3);
    assertEquals("INACTIVE", inactive.employmentStatus());
    assertNotNull(inactive.terminationDate());
    assertEquals(hris.count(false), got.size());
  }

  @Test
  void updatedAfterReadsOnlyTheTouchedEmployees() throws Exception {
    Instant before = Instant.now();
    List<String> touched = hris.touch(7);

    List<HrisEmployee> got = new ArrayList<>();
    ReadResult result = client.read(settings(), before, got::add);

    assertEquals(1, result.pages());
    assertEquals(7, result.records());
    assertEquals(
        Set.copyOf(touched), got.stream().map(HrisEmployee::id).collect(Collectors.toSet()));
    String sent = server.requests().get(0).query().get("updated_after");
    assertTrue(sent.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), sent);
    assertEquals(before.toEpochMilli(), Instant.parse(sent).toEpochMilli());
  }

  @Test
  void nothingChangedIsOneEmptyPage() throws Exception {
    ReadResult result =
        client.read(settings(), Instant.now().plusSeconds(3600), e -> assertNull(e, "none"));

    assertEquals(1, result.pages());
    assertEquals(0, result.records());
    assertNull(result.firstRecordLatency());
  }

  @Test
  void firstSyncPending503WaitsWithTheServersMessage() throws Exception {
    hris.pendFirstSync(1, 503);

    HrisException e =
        assertThrows(HrisException.class, () -> client.read(settings(), null, x -> {}));

    assertEquals(Kind.FIRST_SYNC_PENDING, e.kind());
    assertEquals(503, e.status());
    assertFalse(e.kind().isFailure());
    assertTrue(e.getMessage().contains(FakeHris.FIRST_SYNC_MESSAGE), e.getMessage());
    assertEquals(1, server.requests().size(), "not retried: the run waits");
    assertEquals(hris.count(false), client.read(settings(), null, x -> {}).records());
  }

  @Test
  void firstSyncPending409IsTheSame() {
    hris.pendFirstSync(2, 409);

    HrisException e =
        assertThrows(HrisException.class, () -> client.read(settings(), null, x -> {}));

    assertEquals(Kind.FIRST_SYNC_PENDING, e.kind());
    assertEquals(409, e.status());
    assertTrue(e.getMessage().contains(FakeHris.FIRST_SYNC_MESSAGE), e.getMessage());
  }

  @Test
  void wrongKeyIsCredentialsWithoutTheKey() {
    HrisSettings wrong = HrisSettings.of(server.baseUrl(), "sk_wrong_secret", INTEGRATION);

    HrisException e = assertThrows(HrisException.class, () -> client.read(wrong, null, x -> {}));

    assertEquals(Kind.CREDENTIALS, e.kind());
    assertEquals(401, e.status());
    assertTrue(e.kind().isFailure());
    assertTrue(e.getMessage().contains("renew"), e.getMessage());
    assertFalse(e.getMessage().contains("sk_wrong_secret"));
    assertFalse(e.toString().contains("sk_wrong_secret"));
    assertEquals(1, server.requests().size(), "not retried");
  }

  @Test
  void wrongIntegrationIsCredentials() {
    HrisSettings wrong = HrisSettings.of(server.baseUrl(), KEY, "personio:other");

    HrisException e = assertThrows(HrisException.class, () -> client.read(wrong, null, x -> {}));

    assertEquals(Kind.CREDENTIALS, e.kind());
    assertEquals(403, e.status());
  }

  @Test
  void readsAgainOnTheSameConnectionPool() throws Exception {
    ReadResult one = client.read(settings(), null, x -> {});
    ReadResult two = client.read(settings(), null, x -> {});

    assertEquals(one.records(), two.records());
    assertNotEquals(0, two.records());
  }
}
