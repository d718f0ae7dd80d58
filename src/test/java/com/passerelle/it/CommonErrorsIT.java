package com.passerelle.it;

import static com.passerelle.it.Api.array;
import static com.passerelle.it.Api.expectStatus;
import static com.passerelle.it.Api.get;
import static com.passerelle.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The common-errors catalog: its API, its page, and the link beside a failed run's error. */
class CommonErrorsIT {

  @Test
  void theApiListsEveryCodeOfTheTableWithATextPerType() {
    JsonArray codes = array(expectStatus(200, get("/api/v1/monitoring/catalog", User.VIEWER)));
    for (String code :
        new String[] {"308", "401", "409", "503", "523", "SFTP_CONNECTION", "HRIS_CREDENTIALS"}) {
      assertTrue(
          codes.stream().anyMatch(c -> code.equals(c.asJsonObject().getString("code"))), code);
    }
    for (var c : codes) {
      JsonArray types = c.asJsonObject().getJsonArray("types");
      assertEquals(4, types.size(), c.toString());
      for (var t : types) {
        assertFalse(t.asJsonObject().getString("meaning").isBlank(), t.toString());
      }
    }
    JsonObject hris401 =
        object(expectStatus(200, get("/api/v1/monitoring/catalog/401", User.VIEWER)));
    assertEquals("Unauthorized", hris401.getString("name"));
    JsonObject cell =
        hris401.getJsonArray("types").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("integrationType").equals("INBOUND_HRIS_API"))
            .findFirst()
            .orElseThrow();
    assertTrue(cell.getString("action").contains("renew the API key"), cell.toString());
  }

  @Test
  void anUnknownCodeIsA404ProblemAndTheApiNeedsALogIn() {
    HttpResponse<String> r = get("/api/v1/monitoring/catalog/999", User.VIEWER);
    expectStatus(404, r);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    expectStatus(401, get("/api/v1/monitoring/catalog", null));
  }

  @Test
  void thePageShowsACellPerTypeWithAnAnchorPerCode() {
    WebSession s = WebSession.loggedIn(User.VIEWER);
    String html = WebSession.expect(200, s.get("/monitoring/catalog")).body();
    assertTrue(html.contains("id=\"401\""), "anchor of 401");
    assertTrue(html.contains("id=\"SFTP_CONNECTION\""), "anchor of SFTP_CONNECTION");
    assertTrue(html.contains("Not applicable: files are not fetched over HTTP"), "honest n/a");
    assertTrue(html.contains("The authorization key the customer gave is wrong or expired"));
    assertTrue(html.contains("401 from the HRIS API: the API key is refused"));
  }

  @Test
  void aFailedRunsErrorLinksToItsRowInTheCatalog() {
    long flow = Api.createStandardFlow("catalog link");
    // A file without the required columns: the run fails with MISSING_HEADERS, a listed code.
    JsonObject run =
        Api.importFile(flow, "a,b\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("FAILED", run.getString("state"), run.toString());
    WebSession s = WebSession.loggedIn(User.VIEWER);
    String html = WebSession.expect(200, s.get("/runs/" + run.getJsonNumber("id"))).body();
    assertTrue(html.contains("/monitoring/catalog#MISSING_HEADERS"), "link beside the run error");
  }
}
