package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Journey creation flows: a journey per person, the second line "a journey already exists". */
class JourneysIT {
  @Test
  void aJourneyPerPersonFromItsLineAndTheSecondIsAlreadyCreated() {
    String t = Api.unique();
    String known = Api.email("known", t);
    String fresh = Api.email("fresh", t);
    // Someone already in the directory (a directory flow made them): they still get a journey.
    long directory = Api.createStandardFlow("directory");
    Api.importFile(directory, Api.csv(Api.HEADER, "J0,Known,Person," + known + ",2026-01-05"));
    long journeys =
        Api.createFlow(
                Api.standardFlow(Api.uniqueName("journeys"))
                    .add("purpose", "JOURNEY_CREATION")
                    .add("defaultTemplate", "Engineering onboarding"))
            .getJsonNumber("id")
            .longValue();

    JsonObject run =
        Api.importFile(
            journeys,
            Api.csv(
                Api.HEADER,
                "J1,Known,Person," + known + ",2026-01-05",
                "J2,Fresh,Hire," + fresh + ",2026-02-02",
                "J3,Fresh,Again," + fresh + ",2026-02-02"));
    List<JsonObject> lines = Api.allLines(run.getJsonNumber("id").longValue());
    assertEquals("SUCCESS", Api.line(lines, 2).getString("status"), lines::toString);
    assertEquals("SUCCESS", Api.line(lines, 3).getString("status"), lines::toString);
    assertEquals(List.of("DUPLICATE_IN_FILE"), Api.codes(Api.line(lines, 4)));

    JsonObject journey =
        Api.object(Api.get("/api/v1/journeys?email=" + Api.enc(fresh), User.VIEWER));
    assertEquals("Engineering onboarding", journey.getString("template"));
    assertEquals(run.getJsonNumber("id").longValue(), journey.getJsonNumber("runId").longValue());
    assertEquals(3, journey.getInt("lineNumber"));
    assertEquals("2026-02-02", journey.getString("startDate"));

    JsonObject again =
        Api.importFile(journeys, Api.csv(Api.HEADER, "J4,Known,Person," + known + ",2026-01-05"));
    JsonObject line = Api.line(Api.allLines(again.getJsonNumber("id").longValue()), 2);
    assertEquals("ALREADY_CREATED", line.getString("status"));
    assertEquals(List.of("JOURNEY_EXISTS"), Api.codes(line));
    assertTrue(
        Api.firstMessage(line).getString("cause").contains("journey already exists"),
        line::toString);

    // The flow turns into a directory flow: the finished run's journeys stay what they were, and
    // a new run of it creates people, not journeys.
    Api.expectStatus(
        200,
        Api.putFlow(
            journeys,
            Api.standardFlow(
                    Api.str(Api.object(Api.get("/api/v1/flows/" + journeys, User.ADMIN)), "name"))
                .add("purpose", "DIRECTORY_UPDATE")));
    String later = Api.email("later", t);
    Api.importFile(journeys, Api.csv(Api.HEADER, "J5,Later,Hire," + later + ",2026-03-03"));
    assertEquals(404, Api.get("/api/v1/journeys?email=" + Api.enc(later), User.ADMIN).statusCode());

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String linePage = viewer.get("/runs/" + run.getJsonNumber("id") + "/lines/3").body();
    assertTrue(linePage.contains("id=\"journey-link\""), "the line does not link its journey");
    String page = viewer.get("/journeys/" + journey.getJsonNumber("id")).body();
    assertTrue(page.contains("Engineering onboarding") && page.contains(fresh), page);
  }
}
