package com.passerelle.source.hris;

import com.passerelle.source.hris.HrisException.Kind;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads all employees of an HRIS integration (or those changed since a given instant) page by page
 * through the unified HRIS API, following each page's {@code next} cursor until there is none.
 *
 * <p>A page reaches the sink only once it was read whole and checked, so retrying a page never
 * hands an employee twice; a read that fails may still have handed the pages before, and the caller
 * throws that partial result away. One client (one connection pool, HTTP/1.1 keep-alive) serves
 * every read; it is thread-safe.
 */
public final class HrisClient {
  private static final DateTimeFormatter UPDATED_AFTER =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final PageFetcher fetcher;

  public HrisClient() {
    this(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  HrisClient(HttpClient http) {
    this.fetcher = new PageFetcher(http, new HrisPageParser(Json.createParserFactory(Map.of())));
  }

  /**
   * Reads the employees into {@code sink}.
   *
   * @param updatedAfter only employees changed since this instant (sent in UTC, cut to the
   *     millisecond, so never later than asked); null reads them all
   * @throws HrisException the read stopped: the HRIS is not ready, refused, failed or answered
   *     outside the contract ({@link HrisException#kind()} tells which)
   * @throws IOException the sink failed, or the thread was interrupted
   */
  public ReadResult read(HrisSettings s, Instant updatedAfter, EmployeeSink sink)
      throws HrisException, IOException {
    long start = System.nanoTime();
    Instant startedAt = Instant.now();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    int pages = 0;
    long records = 0;
    Duration firstRecord = null;
    do {
      pages++;
      HrisPage page = fetcher.fetch(s, pageUri(s, cursor, updatedAfter), pages);
      String next = page.next();
      if (page.employees().isEmpty() && next != null) {
        throw new HrisException(
            Kind.EMPTY_PAGE_WITH_CURSOR,
            200,
            "The HRIS answered page "
                + pages
                + " with no employees but a link to a next page: following it could loop forever,"
                + " so the read stopped.");
      }
      if (next != null && !cursors.add(next)) {
        throw new HrisException(
            Kind.CURSOR_REPEATED,
            200,
            "The HRIS pointed page "
                + pages
                + " back to a page it had already sent: following it would loop forever, so the"
                + " read stopped.");
      }
      for (HrisEmployee employee : page.employees()) {
        if (firstRecord == null) {
          firstRecord = Duration.ofNanos(System.nanoTime() - start);
        }
        sink.accept(employee);
        records++;
      }
      cursor = next;
    } while (cursor != null);
    return new ReadResult(
        pages, records, firstRecord, Duration.ofNanos(System.nanoTime() - start), startedAt);
  }

  /** The URL of one page: {@code page_size}, then {@code cursor} and {@code updated_after}. */
  static URI pageUri(HrisSettings s, String cursor, Instant updatedAfter) {
    StringBuilder url = new StringBuilder(s.employeesUri().toString());
    url.append("?page_size=").append(s.pageSize());
    if (cursor != null) {
      url.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }
    if (updatedAfter != null) {
      url.append("&updated_after=").append(UPDATED_AFTER.format(updatedAfter));
    }
    return URI.create(url.toString());
  }
}
