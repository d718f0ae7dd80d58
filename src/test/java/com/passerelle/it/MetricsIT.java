package com.passerelle.it;

import static com.passerelle.it.Api.expectStatus;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * /metrics (Prometheus) counts runs and lines, and only admins and the monitoring group read it.
 */
class MetricsIT {
  /** /metrics answers over HTTPS only: Liberty redirects plain HTTP there (credentials in TLS). */
  private static final String HTTPS_BASE =
      System.getProperty("passerelle.https.url", "https://localhost:9443").replaceAll("/+$", "");

  @Test
  void aRunMovesTheRunAndLineCounters() {
    String before = metrics("admin", "admin");
    long flow = Api.createStandardFlow("metrics");
    String csv =
        Api.HEADER
            + "\n1,Ada,Lovelace,ada."
            + Api.unique()
            + "@example.com,2030-01-01\n2,Bad,Line,not-an-email,2030-01-01\n";
    Api.importFile(flow, csv.getBytes(StandardCharsets.UTF_8));
    String after = metrics("metrics", "metrics"); // the Prometheus account of the monitoring group
    assertTrue(
        value(after, "passerelle_runs_started_total", "kind=\"new\"")
            >= value(before, "passerelle_runs_started_total", "kind=\"new\"") + 1,
        "runs started");
    assertTrue(
        value(after, "passerelle_runs_finished_total", "state=\"partially_failed\"")
            >= value(before, "passerelle_runs_finished_total", "state=\"partially_failed\"") + 1,
        "runs finished by state");
    assertTrue(
        value(after, "passerelle_lines_total", "status=\"success\"")
            >= value(before, "passerelle_lines_total", "status=\"success\"") + 1,
        "success lines");
    assertTrue(
        value(after, "passerelle_lines_total", "status=\"failure\"")
            >= value(before, "passerelle_lines_total", "status=\"failure\"") + 1,
        "failure lines");
    assertTrue(value(after, "passerelle_runs_duration_seconds_count", "") >= 1, "duration");
    assertTrue(
        after.contains("passerelle_webhook_retry_queue_depth"), "retry queue gauge registered");
  }

  @Test
  void reportViewersAndAnonymousCallersCannotReadMetrics() throws Exception {
    HttpResponse<String> anonymous =
        https()
            .send(
                HttpRequest.newBuilder(URI.create(HTTPS_BASE + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(anonymous.statusCode() == 401, Api.describe(anonymous));
    HttpResponse<String> plain =
        Api.send(
            HttpRequest.newBuilder(Api.uri("/metrics"))
                .header("Authorization", User.ADMIN.basic())
                .build());
    String location = plain.headers().firstValue("Location").orElse("");
    assertTrue(
        plain.statusCode() == 302 && location.startsWith("https:"),
        () -> Api.describe(plain) + " to " + location);
    HttpResponse<String> viewer = get(User.VIEWER.name, User.VIEWER.password);
    assertTrue(viewer.statusCode() == 403, Api.describe(viewer));
  }

  private static String metrics(String user, String password) {
    return expectStatus(200, get(user, password)).body();
  }

  private static HttpResponse<String> get(String user, String password) {
    try {
      return https()
          .send(
              HttpRequest.newBuilder(URI.create(HTTPS_BASE + "/metrics?scope=application"))
                  .header("Authorization", User.basic(user, password))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A client trusting the test server's self-signed certificate. */
  private static HttpClient https() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** The value of a sample whose labels contain {@code label} (0 when absent). */
  static double value(String body, String name, String label) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)}\\s+([0-9.Ee+-]+)")
            .matcher(body);
    double sum = 0;
    while (m.find()) {
      if (m.group(1).contains(label)) {
        sum += Double.parseDouble(m.group(2));
      }
    }
    return sum;
  }
}
