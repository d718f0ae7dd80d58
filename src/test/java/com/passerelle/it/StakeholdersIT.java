package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stakeholders resolved in the directory (seed 000): not found, not yet arrived, the employee
 * themself, and two people naming each other in one file (both resolve; nothing loops).
 */
class StakeholdersIT {
  @Test
  void managersMustBeKnownArrivedAndSomeoneElse() {
    String t = Api.unique();
    long flowId =
        Api.createFlow(
                Api.standardFlow(Api.uniqueName("stakeholders"))
                    .add("mapping", Api.standardMapping().add("manager_email", "manager"))
                    .add("resolveStakeholders", true))
            .getJsonNumber("id")
            .longValue();
    String future = LocalDate.now().plusYears(1).toString();
    String boss = Api.email("boss", t);
    String newcomer = Api.email("newcomer", t);
    // First run: the directory gets a manager in post and one who starts next year.
    Api.importFile(
        flowId,
        Api.csv(
            Api.HEADER + ",manager",
            "S1,Boss,One," + boss + ",2020-01-01,",
            "S2,New,Comer," + newcomer + "," + future + ","));
    String a = Api.email("a", t);
    String b = Api.email("b", t);
    String me = Api.email("me", t);
    JsonObject run =
        Api.importFile(
            flowId,
            Api.csv(
                Api.HEADER + ",manager",
                "S3,Ok,Known," + Api.email("ok", t) + ",2026-01-05," + boss,
                "S4,No,Manager," + Api.email("nomgr", t) + ",2026-01-05," + Api.email("ghost", t),
                "S5,Early,Manager," + Api.email("early", t) + ",2026-01-05," + newcomer,
                "S6,My,Self," + me + ",2026-01-05," + me,
                "S7,Loop,A," + a + ",2026-01-05," + b,
                "S8,Loop,B," + b + ",2026-01-05," + a,
                // A chain: C is managed by D, whose own manager does not exist: both are refused.
                "S9,Chain,C," + Api.email("c", t) + ",2026-01-05," + Api.email("d", t),
                "S10,Chain,D," + Api.email("d", t) + ",2026-01-05," + Api.email("nobody", t)));
    List<JsonObject> lines = Api.allLines(run.getJsonNumber("id").longValue());

    assertEquals("SUCCESS", Api.line(lines, 2).getString("status"), lines::toString);
    assertEquals(List.of("STAKEHOLDER_NOT_FOUND"), Api.codes(Api.line(lines, 3)));
    assertEquals("manager not found", Api.firstMessage(Api.line(lines, 3)).getString("title"));
    assertEquals(List.of("STAKEHOLDER_NOT_ARRIVED"), Api.codes(Api.line(lines, 4)));
    assertTrue(Api.firstMessage(Api.line(lines, 4)).getString("title").contains("not yet arrived"));
    assertEquals(List.of("STAKEHOLDER_IS_SELF"), Api.codes(Api.line(lines, 5)));
    assertEquals("SUCCESS", Api.line(lines, 6).getString("status"), "A (managed by B)");
    assertEquals("SUCCESS", Api.line(lines, 7).getString("status"), "B (managed by A)");
    assertEquals(List.of("STAKEHOLDER_NOT_FOUND"), Api.codes(Api.line(lines, 8)));
    assertEquals(List.of("STAKEHOLDER_NOT_FOUND"), Api.codes(Api.line(lines, 9)));
    assertEquals(3, run.getJsonObject("counts").getInt("SUCCESS"), () -> Api.counts(run));
    assertEquals(5, run.getJsonObject("counts").getInt("FAILURE"), () -> Api.counts(run));
  }
}
