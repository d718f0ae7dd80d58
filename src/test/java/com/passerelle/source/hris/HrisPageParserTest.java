package com.passerelle.source.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One employee object read field by field: values as text, nesting stepped over. */
class HrisPageParserTest {
  private final HrisPageParser parser = new HrisPageParser(Json.createParserFactory(Map.of()));

  private HrisPage parse(String results) throws Exception {
    String body = HttpStub.page(results, "\"next-1\"");
    return parser.parse(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
        new HrisPageParser.Page(1, 250, 200));
  }

  @Test
  void employeeWithoutIdsPassesWithNulls() throws Exception {
    HrisPage page = parse("[{\"first_name\":\"Ana\",\"work_email\":\"ana@x.example\"}]");

    HrisEmployee e = page.employees().get(0);
    assertNull(e.id());
    assertNull(e.remoteId());
    assertEquals("Ana", e.firstName());
    assertEquals("ana@x.example", e.workEmail());
    assertEquals("next-1", page.next());
  }

  @Test
  void valuesAreTheirTextAndNestedValuesAreSkipped() throws Exception {
    String employee =
        "{\"id\":\"E1\",\"remote_id\":12345,\"employee_number\":7.50,"
            + "\"custom_fields\":{\"first_name\":\"Wrong\",\"deep\":[[{\"id\":\"X\"}],{}]},"
            + "\"first_name\":\"Zoë \\\"Z\\\"\",\"last_name\":null,\"nationality\":true,"
            + "\"job_title\":false,\"manager_id\":{\"id\":\"M\"},\"legal_entity_id\":[\"L\"],"
            + "\"groups\":[{\"id\":\"G\",\"name\":\"Sales\"}],"
            + "\"employments\":[{\"job_title\":\"x\",\"employment_type\":\"PART_TIME\","
            + "\"pay\":{\"rate\":1}},{\"employment_type\":\"FULL_TIME\"}],"
            + "\"work_email\":\"z@x.example\",\"employment_type\":\"IGNORED\"}";

    HrisPage page = parse("[" + employee + ",{\"id\":\"E2\",\"remote_id\":\"r2\"}]");

    HrisEmployee e = page.employees().get(0);
    assertEquals("E1", e.id());
    assertEquals("12345", e.remoteId());
    assertEquals("7.50", e.employeeNumber());
    assertEquals("Zoë \"Z\"", e.firstName());
    assertNull(e.lastName());
    assertEquals("true", e.nationality());
    assertEquals("false", e.jobTitle());
    assertNull(e.managerId(), "an object where text belongs reads as null");
    assertNull(e.legalEntityId());
    assertEquals("PART_TIME", e.employmentType(), "the first employment's type");
    assertEquals("z@x.example", e.workEmail());
    assertEquals("E2", page.employees().get(1).id());
    assertEquals(2, page.employees().size());
  }

  @Test
  void employmentsThatAreNotObjectsGiveNoType() throws Exception {
    HrisPage page =
        parse(
            "[{\"id\":\"1\",\"employments\":[]},{\"id\":\"2\",\"employments\":null},"
                + "{\"id\":\"3\",\"employments\":[null,{\"employment_type\":\"CONTRACT\"}]},"
                + "{\"id\":\"4\",\"employments\":[{\"employment_type\":null}]}]");

    assertEquals(4, page.employees().size());
    page.employees().forEach(e -> assertNull(e.employmentType(), e.id()));
    assertEquals("4", page.employees().get(3).id());
  }

  @Test
  void errorMessageIsReadFromTheErrorEnvelope() {
    byte[] body =
        "{\"status\":\"error\",\"x\":[1],\"error\":{\"code\":1,\"message\":\"Bad\\nthing\"}}"
            .getBytes(StandardCharsets.UTF_8);

    assertEquals("Bad thing", parser.errorMessage(body));
    assertNull(parser.errorMessage("<html>".getBytes(StandardCharsets.UTF_8)));
    assertNull(parser.errorMessage(new byte[0]));
  }

  @Test
  void deepNestingInSkippedFieldsNeitherOverflowsNorPasses() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    try {
      HrisPage page = parse("[{\"id\":\"1\",\"custom_fields\":" + deep + "}]");
      assertEquals("1", page.employees().get(0).id()); // a parser without a depth limit
    } catch (HrisException e) {
      assertEquals(HrisException.Kind.INVALID_JSON, e.kind());
    } catch (Exception | StackOverflowError e) {
      throw new AssertionError("neither read nor refused: " + e, e);
    }
  }
}
