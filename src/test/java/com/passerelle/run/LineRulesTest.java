package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.flow.FlowRules;
import com.passerelle.flow.PersonField;
import com.passerelle.flow.SourceType;
import com.passerelle.people.EmailDomainCheck;
import com.passerelle.source.csv.CsvFormat;
import com.passerelle.source.csv.CsvRecord;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The flow's line rules: allowed values, email domains, oldest start date (seed 000). */
class LineRulesTest {
  private static final List<String> HEADER =
      List.of("external_id", "first_name", "last_name", "email", "start_date", "department");

  private static FlowRules rules(
      Map<PersonField, Set<String>> allowed, Set<String> domains, LocalDate oldest) {
    return new FlowRules(
        1L,
        SourceType.FOLDER,
        CsvFormat.comma(),
        "yyyy-MM-dd",
        Map.of(),
        Set.of(PersonField.EMAIL, PersonField.START_DATE),
        null,
        Set.of(),
        List.of("email", "start_date"),
        allowed,
        domains,
        oldest,
        com.passerelle.flow.TemplateChoice.NONE);
  }

  private static EvaluatedLine evaluate(FlowRules rules, String email, String start, String dept) {
    CsvRecord record =
        new CsvRecord(
            2,
            3,
            100,
            List.of("E1", "Ada", "Lovelace", email, start, dept),
            CsvRecord.Problem.NONE);
    return new LineEvaluator(rules, HEADER).evaluate(record);
  }

  private static List<ErrorCode> codes(EvaluatedLine line) {
    return line.messages().stream().map(m -> ErrorCode.valueOf(m.getCode())).toList();
  }

  @Test
  void aValueOutsideItsListFailsNamingFieldValueAndAllowedValues() {
    FlowRules rules =
        rules(Map.of(PersonField.DEPARTMENT, Set.of("sales", "engineering")), Set.of(), null);
    assertEquals(
        LineStatus.SUCCESS, evaluate(rules, "ada@acme.fr", "2026-01-05", "Sales").status());

    EvaluatedLine line = evaluate(rules, "ada@acme.fr", "2026-01-05", "Legal");
    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals(List.of(ErrorCode.VALUE_NOT_IN_LIST), codes(line));
    Map<String, String> params = line.messages().get(0).getParams();
    assertEquals("department", params.get("field"));
    assertEquals("Legal", params.get("value"));
    assertEquals("engineering, sales", params.get("allowed"));
  }

  @Test
  void aListOfTenThousandValuesIsALookupAndTheMessageNamesTenOfThem() {
    Set<String> many = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      many.add("team " + i);
    }
    FlowRules rules = rules(Map.of(PersonField.DEPARTMENT, many), Set.of(), null);
    assertEquals(
        LineStatus.SUCCESS, evaluate(rules, "ada@acme.fr", "2026-01-05", "Team 9999").status());
    EvaluatedLine line = evaluate(rules, "ada@acme.fr", "2026-01-05", "Team X");
    assertTrue(
        line.messages().get(0).getParams().get("allowed").endsWith("and 9990 more"),
        line.messages().get(0).getParams()::toString);
  }

  @Test
  void aDomainTheDnsCannotCheckIsImportedWithAWarning() {
    // A DNS address where nothing listens: no answer, so "not checked", never a hung line.
    EmailDomainCheck unreachable =
        new EmailDomainCheck("dns://127.0.0.1:9", Duration.ofMillis(200));
    CsvRecord record =
        new CsvRecord(
            2,
            3,
            100,
            List.of("E1", "Ada", "L", "ada@acme.fr", "2026-01-05", ""),
            CsvRecord.Problem.NONE);
    EvaluatedLine line =
        new LineEvaluator(rules(Map.of(), Set.of(), null), HEADER, unreachable).evaluate(record);
    assertEquals(LineStatus.PARTIAL_SUCCESS, line.status());
    assertEquals(List.of(ErrorCode.DOMAIN_NOT_CHECKED), codes(line));
  }

  @Test
  void anInternationalDomainMatchesItsPunycodeAndAccentsMatchInEitherUnicodeForm() {
    FlowRules rules =
        rules(
            Map.of(PersonField.DEPARTMENT, Set.of(LineRulesEditorAccess.comparable("Équipe"))),
            Set.of(LineRulesEditorAccess.ascii("bücher.de")),
            null);
    assertEquals(
        LineStatus.SUCCESS, evaluate(rules, "anna@xn--bcher-kva.de", "2026-01-05", "").status());
    assertEquals(
        LineStatus.SUCCESS,
        evaluate(rules, "anna@bücher.de", "2026-01-05", "E\u0301quipe").status());
  }

  @Test
  void anEmailOutsideTheMappedDomainsFails() {
    FlowRules rules = rules(Map.of(), Set.of("acme.fr", "acme.de"), null);
    assertEquals(LineStatus.SUCCESS, evaluate(rules, "ada@ACME.fr", "2026-01-05", "").status());
    EvaluatedLine line = evaluate(rules, "ada@gmail.com", "2026-01-05", "");
    assertEquals(List.of(ErrorCode.EMAIL_DOMAIN_NOT_MAPPED), codes(line));
    assertEquals("gmail.com", line.messages().get(0).getParams().get("domain"));
  }

  @Test
  void aStartDateOlderThanTheLimitFailsAndTheExtremesOfTheCalendarAreHandled() {
    FlowRules rules = rules(Map.of(), Set.of(), LocalDate.of(2026, 1, 1));
    assertEquals(LineStatus.SUCCESS, evaluate(rules, "ada@acme.fr", "2026-01-01", "").status());
    assertEquals(
        List.of(ErrorCode.START_DATE_TOO_OLD),
        codes(evaluate(rules, "ada@acme.fr", "2025-12-31", "")));
    // 1900 is a plausible but too old date; 9999-12-31 is far in the future, not too old.
    assertEquals(
        List.of(ErrorCode.START_DATE_TOO_OLD),
        codes(evaluate(rules, "ada@acme.fr", "1900-01-01", "")));
    assertEquals(LineStatus.SUCCESS, evaluate(rules, "ada@acme.fr", "9999-12-31", "").status());
    // Another format than the flow's is a format error, not a too old date.
    assertEquals(
        List.of(ErrorCode.INVALID_DATE), codes(evaluate(rules, "ada@acme.fr", "01/01/1900", "")));
  }
}
