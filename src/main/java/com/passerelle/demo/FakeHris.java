package com.passerelle.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for the unified HRIS API (its employee list, as the shared contract and seed 004
 * describe it), for the demo and the tests: it checks the API key and integration id, answers
 * "first sync not finished" a set number of times, pages with opaque cursors, filters on {@code
 * updated_after} and {@code include_deleted}, and lets people be touched to show change tracking.
 *
 * <p>Transport-neutral ({@link #handle}); {@link FakeHrisServlet} serves it in the app.
 * Thread-safe.
 */
public final class FakeHris {
  public static final String EMPLOYEES_PATH = "/v1/hris/employees";
  public static final String FIRST_SYNC_MESSAGE =
      "The first sync of this integration didn't finish yet! You can keep polling this until you"
          + " get a successful response or react to our webhooks.";
  public static final String DEMO_API_KEY = "demo-hris-api-key";
  public static final String DEMO_INTEGRATION_ID = "demo-hris:passerelle";
  public static final int MAX_PAGE_SIZE = 250;
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** An answer: status, headers (beside the JSON content type), and the body. */
  public record Response(int status, Map<String, String> headers, String body) {}

  private final List<FakeEmployee> people;
  private final Instant[] changedAt;
  private final String apiKey;
  private final String integrationId;
  private final Clock clock;

  /** In every cursor: a cursor of another instance (a restarted demo) is refused, not misread. */
  private final String snapshot;

  private int firstSyncAnswers;
  private int firstSyncStatus = 503;
  private int nextTouched;

  public FakeHris(int population, String apiKey, String integrationId) {
    this(population, apiKey, integrationId, Clock.systemUTC());
  }

  public FakeHris(int population, String apiKey, String integrationId, Clock clock) {
    if (population < 0) {
      throw new IllegalArgumentException("population must be >= 0: " + population);
    }
    this.apiKey = apiKey;
    this.integrationId = integrationId;
    this.clock = clock;
    Instant now = clock.instant();
    this.people = List.copyOf(FakeEmployees.generate(population, now));
    this.changedAt = new Instant[population];
    for (int i = 0; i < population; i++) {
      changedAt[i] = FakeEmployees.initialChangedAt(i, now);
    }
    this.snapshot = Long.toString(now.toEpochMilli(), 36);
  }

  /** The demo's HRIS: 1,234 people, {@link #DEMO_API_KEY} and {@link #DEMO_INTEGRATION_ID}. */
  public static FakeHris demo() {
    return new FakeHris(1234, DEMO_API_KEY, DEMO_INTEGRATION_ID);
  }

  /**
   * The next {@code answers} reads get "first sync not finished" with {@code status} (503, 409).
   */
  public synchronized void pendFirstSync(int answers, int status) {
    this.firstSyncAnswers = answers;
    this.firstSyncStatus = status;
  }

  /** Sets {@code changed_at} to now for the next {@code count} people in turn; their ids. */
  public synchronized List<String> touch(int count) {
    List<String> ids = new ArrayList<>();
    Instant now = clock.instant();
    for (int k = 0; k < count && !people.isEmpty(); k++) {
      int i = nextTouched++ % people.size();
      changedAt[i] = now;
      ids.add(people.get(i).id());
    }
    return ids;
  }

  /** How many people a full read returns. */
  public synchronized int count(boolean includeDeleted) {
    return (int) people.stream().filter(p -> includeDeleted || !p.deleted()).count();
  }

  /**
   * Answers one request. {@code query} holds decoded parameters, {@code headers} any case of names.
   */
  public Response handle(
      String method, String path, Map<String, String> query, Map<String, String> headers) {
    Map<String, String> h = new HashMap<>();
    headers.forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
    if (!EMPLOYEES_PATH.equals(path)) {
      return error(404, "Not found: " + path);
    }
    if (!"GET".equals(method)) {
      return new Response(
          405, Map.of("Allow", "GET"), FakeHrisJson.error("Method not allowed: " + method));
    }
    if (!("Bearer " + apiKey).equals(h.get("authorization"))) {
      return error(401, "The API key is missing or invalid.");
    }
    if (!integrationId.equals(h.get("x-integration-id"))) {
      return error(403, "This API key has no access to the integration in X-Integration-Id.");
    }
    synchronized (this) {
      if (firstSyncAnswers > 0) {
        firstSyncAnswers--;
        return error(firstSyncStatus, FIRST_SYNC_MESSAGE);
      }
    }
    return employees(query);
  }

  private Response employees(Map<String, String> query) {
    int pageSize;
    try {
      String size = query.get("page_size");
      pageSize = size == null ? DEFAULT_PAGE_SIZE : Integer.parseInt(size.strip());
    } catch (NumberFormatException e) {
      pageSize = -1;
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      return error(400, "page_size must be an integer from 1 to " + MAX_PAGE_SIZE + ".");
    }
    Instant updatedAfter = null;
    if (query.get("updated_after") != null) {
      try {
        updatedAfter = OffsetDateTime.parse(query.get("updated_after")).toInstant();
      } catch (DateTimeParseException e) {
        return error(400, "updated_after must be an ISO-8601 date-time.");
      }
    }
    int from = 0;
    if (query.get("cursor") != null) {
      from = decodeCursor(query.get("cursor"));
      if (from < 0) {
        return error(400, "The cursor is invalid or has expired.");
      }
    }
    boolean includeDeleted = "true".equalsIgnoreCase(query.get("include_deleted"));
    return page(from, pageSize, updatedAfter, includeDeleted);
  }

  /** People from index {@code from} on that pass the filters, and where the next page starts. */
  private synchronized Response page(
      int from, int pageSize, Instant updatedAfter, boolean includeDeleted) {
    List<FakeEmployee> found = new ArrayList<>(pageSize);
    List<Instant> changed = new ArrayList<>(pageSize);
    int i = from;
    for (; i < people.size() && found.size() < pageSize; i++) {
      if (matches(i, updatedAfter, includeDeleted)) {
        found.add(people.get(i));
        changed.add(changedAt[i]);
      }
    }
    while (i < people.size() && !matches(i, updatedAfter, includeDeleted)) {
      i++; // no "next" when nothing is left: the last page says so itself
    }
    String next = i < people.size() ? encodeCursor(i) : null;
    return new Response(200, Map.of(), FakeHrisJson.page(found, changed, next));
  }

  /** Changed at or after {@code updatedAfter}: a change at the very instant is read again. */
  private boolean matches(int i, Instant updatedAfter, boolean includeDeleted) {
    return (includeDeleted || !people.get(i).deleted())
        && (updatedAfter == null || !changedAt[i].isBefore(updatedAfter));
  }

  private String encodeCursor(int index) {
    String plain = snapshot + ":" + index;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The index a cursor points at, or -1 when it is not one of ours. */
  private int decodeCursor(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      if (colon < 0 || !plain.substring(0, colon).equals(snapshot)) {
        return -1;
      }
      int index = Integer.parseInt(plain.substring(colon + 1));
      return index >= 0 && index <= people.size() ? index : -1;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static Response error(int status, String message) {
    return new Response(status, Map.of(), FakeHrisJson.error(message));
  }
}
