package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.catalog.Severity;
import com.passerelle.flow.FlowRules;
import com.passerelle.flow.PersonField;
import com.passerelle.flow.SourceType;
import com.passerelle.source.csv.CsvFormat;
import com.passerelle.source.csv.CsvRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineEvaluatorTest {

  private static final List<String> HEADER =
      List.of(
          "external_id",
          "first_name",
          "last_name",
          "work_email",
          "start_date",
          "department",
          "manager_email");

  private static final Set<PersonField> REQUIRED =
      Set.of(
          PersonField.EXTERNAL_ID,
          PersonField.FIRST_NAME,
          PersonField.LAST_NAME,
          PersonField.EMAIL,
          PersonField.START_DATE);

  // --- helpers -------------------------------------------------------------------------------

  private static FlowRules rules(
      String dateFormat, PersonField filterField, Set<String> filterValues) {
    return new FlowRules(
        1L,
        SourceType.FOLDER,
        CsvFormat.comma(),
        dateFormat,
        Map.of(PersonField.EMAIL, "work_email"),
        REQUIRED,
        filterField,
        filterValues,
        List.of("external_id", "first_name", "last_name", "work_email", "start_date"),
        Map.of(),
        Set.of(),
        null,
        com.passerelle.flow.TemplateChoice.NONE);
  }

  private static FlowRules rules() {
    return rules("yyyy-MM-dd", null, Set.of());
  }

  private static LineEvaluator evaluator(FlowRules rules) {
    return new LineEvaluator(rules, HEADER);
  }

  private static CsvRecord record(int line, String... fields) {
    return new CsvRecord(
        line, line + 1, 100L * line, Arrays.asList(fields), CsvRecord.Problem.NONE);
  }

  /** Ada's line (id, names fixed) with the given email, start date, department and manager. */
  private static CsvRecord ada(String email, String startDate, String department, String manager) {
    return record(2, "E001", "Ada", "Lovelace", email, startDate, department, manager);
  }

  /** Ada's line evaluated with the default rules. */
  private static EvaluatedLine evaluateAda(
      String email, String startDate, String department, String manager) {
    return evaluator(rules()).evaluate(ada(email, startDate, department, manager));
  }

  /** A valid line in HEADER order. */
  private static CsvRecord goodRecord() {
    return record(
        2, "E001", "Ada", "Lovelace", "ada@example.com", "2026-03-01", "Paris", "boss@example.com");
  }

  private static List<String> codes(EvaluatedLine line) {
    return line.messages().stream().map(LineMessage::getCode).toList();
  }

  private static LineMessage only(EvaluatedLine line) {
    assertEquals(1, line.messages().size(), () -> "messages: " + codes(line));
    return line.messages().get(0);
  }

  // --- tests ---------------------------------------------------------------------------------

  @Test
  void validLineIsSuccessWithoutMessages() {
    EvaluatedLine line = evaluator(rules()).evaluate(goodRecord());

    assertEquals(LineStatus.SUCCESS, line.status());
    assertEquals(List.of(), line.messages());
    assertEquals(2, line.lineNumber());
    assertEquals("E001", line.value(PersonField.EXTERNAL_ID));
    assertEquals("Ada", line.value(PersonField.FIRST_NAME));
    assertEquals("Lovelace", line.value(PersonField.LAST_NAME));
    assertEquals("ada@example.com", line.value(PersonField.EMAIL));
    assertEquals("2026-03-01", line.value(PersonField.START_DATE));
    assertEquals("Paris", line.value(PersonField.DEPARTMENT));
    assertEquals("boss@example.com", line.value(PersonField.MANAGER_EMAIL));
  }

  @Test
  void fieldWithoutColumnInHeaderHasNoValue() {
    EvaluatedLine line = evaluator(rules()).evaluate(goodRecord());

    assertNull(line.value(PersonField.JOB_TITLE));
    assertFalse(line.values().containsKey(PersonField.JOB_TITLE));
  }

  @Test
  void emailIsReadFromTheMappedColumn() {
    List<String> header =
        List.of("external_id", "first_name", "last_name", "email", "work_email", "start_date");
    LineEvaluator evaluator = new LineEvaluator(rules(), header);

    EvaluatedLine line =
        evaluator.evaluate(
            record(2, "E1", "Ada", "Lovelace", "private@home.org", "ada@work.com", "2026-03-01"));

    assertEquals("ada@work.com", line.value(PersonField.EMAIL));
  }

  @Test
  void missingRequiredFieldIsFailureWithFieldParam() {
    EvaluatedLine line =
        evaluator(rules())
            .evaluate(
                record(2, "E001", "", "Lovelace", "ada@example.com", "2026-03-01", "Paris", ""));

    assertEquals(LineStatus.FAILURE, line.status());
    LineMessage message = only(line);
    assertEquals("MISSING_FIELD", message.getCode());
    assertEquals(Severity.ERROR, message.getSeverity());
    assertEquals(Map.of("field", "first_name"), message.getParams());
  }

  @Test
  void blankRequiredFieldCountsAsMissing() {
    EvaluatedLine line =
        evaluator(rules())
            .evaluate(
                record(2, "   ", "Ada", "Lovelace", "ada@example.com", "2026-03-01", "Paris", ""));

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals(Map.of("field", "external_id"), only(line).getParams());
    assertNull(line.value(PersonField.EXTERNAL_ID));
  }

  @Test
  void missingFieldParamUsesFieldKeyNotMappedColumn() {
    EvaluatedLine line = evaluateAda("", "2026-03-01", "Paris", "");

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals("MISSING_FIELD", only(line).getCode());
    assertEquals("email", only(line).getParams().get("field"));
  }

  @Test
  void invalidRequiredEmailIsFailureWithInvalidEmail() {
    EvaluatedLine line = evaluateAda("ada.example.com", "2026-03-01", "", "");

    assertEquals(LineStatus.FAILURE, line.status());
    LineMessage message = only(line);
    assertEquals("INVALID_EMAIL", message.getCode());
    assertEquals("email", message.getParams().get("field"));
    assertEquals("ada.example.com", message.getParams().get("value"));
  }

  @Test
  void emailWithoutDotInDomainIsInvalid() {
    EvaluatedLine line = evaluateAda("ada@localhost", "2026-03-01", "", "");

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals("INVALID_EMAIL", only(line).getCode());
  }

  @Test
  void nonExistentDateIsFailureWithInvalidDate() {
    EvaluatedLine line = evaluateAda("ada@example.com", "2026-02-30", "", "");

    assertEquals(LineStatus.FAILURE, line.status());
    LineMessage message = only(line);
    assertEquals("INVALID_DATE", message.getCode());
    assertEquals("start_date", message.getParams().get("field"));
    assertEquals("2026-02-30", message.getParams().get("value"));
    assertEquals("yyyy-MM-dd", message.getParams().get("format"));
  }

  @Test
  void dateInAnotherFormatThanTheFlowsIsFailureWithInvalidDate() {
    EvaluatedLine line = evaluateAda("ada@example.com", "01/03/2026", "", "");

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals("INVALID_DATE", only(line).getCode());
    assertEquals("01/03/2026", only(line).getParams().get("value"));
  }

  @Test
  void leapDayIsAValidDate() {
    EvaluatedLine line = evaluateAda("ada@example.com", "2024-02-29", "", "");

    assertEquals(LineStatus.SUCCESS, line.status());
    assertEquals("2024-02-29", line.value(PersonField.START_DATE));
  }

  @Test
  void dateInFlowFormatDdMmYyyyIsAcceptedAndStoredAsIso() {
    LineEvaluator evaluator = evaluator(rules("dd/MM/yyyy", null, Set.of()));

    EvaluatedLine line = evaluator.evaluate(ada("ada@example.com", "01/03/2026", "", ""));

    assertEquals(LineStatus.SUCCESS, line.status());
    assertEquals(List.of(), line.messages());
    assertEquals("2026-03-01", line.value(PersonField.START_DATE));
  }

  @Test
  void isoDateIsRejectedWhenFlowFormatIsDdMmYyyy() {
    LineEvaluator evaluator = evaluator(rules("dd/MM/yyyy", null, Set.of()));

    EvaluatedLine line = evaluator.evaluate(ada("ada@example.com", "2026-03-01", "", ""));

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals("INVALID_DATE", only(line).getCode());
    assertEquals("dd/MM/yyyy", only(line).getParams().get("format"));
  }

  @Test
  void invalidOptionalEmailIsPartialSuccessAndValueIsDropped() {
    EvaluatedLine line =
        evaluator(rules())
            .evaluate(
                record(
                    2,
                    "E001",
                    "Ada",
                    "Lovelace",
                    "ada@example.com",
                    "2026-03-01",
                    "",
                    "not-an-email"));

    assertEquals(LineStatus.PARTIAL_SUCCESS, line.status());
    LineMessage message = only(line);
    assertEquals("OPTIONAL_FIELD_IGNORED", message.getCode());
    assertEquals(Severity.WARNING, message.getSeverity());
    assertEquals(Map.of("field", "manager_email", "value", "not-an-email"), message.getParams());
    assertNull(line.value(PersonField.MANAGER_EMAIL));
    assertFalse(line.values().containsKey(PersonField.MANAGER_EMAIL));
    assertEquals("ada@example.com", line.value(PersonField.EMAIL));
  }

  @Test
  void invalidOptionalDateIsPartialSuccessAndValueIsDropped() {
    FlowRules rules =
        new FlowRules(
            1L,
            SourceType.FOLDER,
            CsvFormat.comma(),
            "yyyy-MM-dd",
            Map.of(PersonField.EMAIL, "work_email"),
            Set.of(PersonField.EMAIL),
            null,
            Set.of(),
            List.of("work_email"),
            Map.of(),
            Set.of(),
            null,
            com.passerelle.flow.TemplateChoice.NONE);

    EvaluatedLine line =
        new LineEvaluator(rules, HEADER).evaluate(ada("ada@example.com", "2026-13-01", "", ""));

    assertEquals(LineStatus.PARTIAL_SUCCESS, line.status());
    assertEquals("OPTIONAL_FIELD_IGNORED", only(line).getCode());
    assertEquals("start_date", only(line).getParams().get("field"));
    assertNull(line.value(PersonField.START_DATE));
  }

  @Test
  void errorAndWarningOnSameLineGiveFailureWithBothMessages() {
    EvaluatedLine line = evaluateAda("bad", "2026-03-01", "", "also bad");

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals(Set.of("INVALID_EMAIL", "OPTIONAL_FIELD_IGNORED"), Set.copyOf(codes(line)));
  }

  @Test
  void filterValueNotAllowedIsFilteredWithFilteredOut() {
    LineEvaluator evaluator =
        evaluator(rules("yyyy-MM-dd", PersonField.DEPARTMENT, Set.of("sales", "it")));

    EvaluatedLine line = evaluator.evaluate(goodRecord()); // department = Paris

    assertEquals(LineStatus.FILTERED, line.status());
    LineMessage message = only(line);
    assertEquals("FILTERED_OUT", message.getCode());
    assertEquals(Severity.INFO, message.getSeverity());
    assertEquals(Map.of("field", "department", "value", "Paris"), message.getParams());
  }

  @Test
  void filteredLineReportsNoValidationErrorsEvenWithMissingAndInvalidFields() {
    LineEvaluator evaluator =
        evaluator(rules("yyyy-MM-dd", PersonField.DEPARTMENT, Set.of("sales")));

    EvaluatedLine line =
        evaluator.evaluate(record(2, "", "", "", "bad-email", "2026-02-30", "Paris", "x"));

    assertEquals(LineStatus.FILTERED, line.status());
    assertEquals(List.of("FILTERED_OUT"), codes(line));
  }

  @Test
  void emptyFilterFieldIsFilteredOutWithEmptyValue() {
    LineEvaluator evaluator =
        evaluator(rules("yyyy-MM-dd", PersonField.DEPARTMENT, Set.of("sales")));

    EvaluatedLine line = evaluator.evaluate(ada("ada@example.com", "2026-03-01", "", ""));

    assertEquals(LineStatus.FILTERED, line.status());
    assertEquals(Map.of("field", "department", "value", ""), only(line).getParams());
  }

  @Test
  void filterComparisonIgnoresCase() {
    LineEvaluator evaluator =
        evaluator(rules("yyyy-MM-dd", PersonField.DEPARTMENT, Set.of("paris")));

    EvaluatedLine upper = evaluator.evaluate(ada("ada@example.com", "2026-03-01", "PARIS", ""));
    EvaluatedLine mixed =
        evaluator.evaluate(
            record(3, "E002", "Bob", "Smith", "bob@example.com", "2026-03-01", " pArIs ", ""));

    assertEquals(LineStatus.SUCCESS, upper.status());
    assertEquals(LineStatus.SUCCESS, mixed.status());
    assertEquals(List.of(), upper.messages());
  }

  @Test
  void lineWithAllowedFilterValueIsStillValidated() {
    LineEvaluator evaluator =
        evaluator(rules("yyyy-MM-dd", PersonField.DEPARTMENT, Set.of("paris")));

    EvaluatedLine line =
        evaluator.evaluate(
            record(2, "E001", "", "Lovelace", "ada@example.com", "2026-03-01", "Paris", ""));

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals(List.of("MISSING_FIELD"), codes(line));
  }

  @Test
  void tooFewColumnsIsFailureWithColumnCount() {
    EvaluatedLine line = evaluator(rules()).evaluate(record(5, "E001", "Ada", "Lovelace"));

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals(5, line.lineNumber());
    LineMessage message = only(line);
    assertEquals("COLUMN_COUNT", message.getCode());
    assertEquals(Map.of("found", "3", "expected", "7"), message.getParams());
    // Values present are kept by position so the report tells whose line it is.
    assertEquals(
        Map.of(
            PersonField.EXTERNAL_ID, "E001",
            PersonField.FIRST_NAME, "Ada",
            PersonField.LAST_NAME, "Lovelace"),
        line.values());
  }

  @Test
  void tooManyColumnsIsFailureWithColumnCount() {
    EvaluatedLine line =
        evaluator(rules())
            .evaluate(
                record(
                    2,
                    "E001",
                    "Ada",
                    "Lovelace",
                    "ada@example.com",
                    "2026-03-01",
                    "Paris",
                    "",
                    "extra"));

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals("COLUMN_COUNT", only(line).getCode());
    assertEquals(Map.of("found", "8", "expected", "7"), only(line).getParams());
  }

  @Test
  void columnCountFailureKeepsSourceValuesWithExtraColumnsNamedByPosition() {
    EvaluatedLine line =
        evaluator(rules())
            .evaluate(
                record(2, "E001", "Ada", "Lovelace", "a@b.co", "2026-03-01", "Paris", "", "extra"));

    Map<String, String> source = Params.decode(line.sourceValues());
    assertEquals("extra", source.get("column 8"));
    assertEquals("E001", source.get("external_id"));
  }

  @Test
  void invalidEncodingRecordIsFailureWithInvalidEncoding() {
    assertRecordProblem(CsvRecord.Problem.INVALID_ENCODING, ErrorCode.INVALID_ENCODING);
  }

  @Test
  void invalidEncodingWithReadableValuesKeepsWhoItIsAndNamesTheBadColumn() {
    CsvRecord record =
        new CsvRecord(
            4,
            5,
            400L,
            List.of("E7", "L\uFFFDa", "Fontaine", "lea@example.com", "2026-05-04", "Finance", ""),
            CsvRecord.Problem.INVALID_ENCODING);

    EvaluatedLine line = evaluator(rules()).evaluate(record);

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals(List.of("INVALID_ENCODING"), codes(line));
    assertEquals("first_name", only(line).getParams().get("columns"));
    assertEquals("Fontaine", line.value(PersonField.LAST_NAME));
    assertEquals("lea@example.com", line.value(PersonField.EMAIL));
  }

  @Test
  void unterminatedQuoteRecordIsFailureWithUnterminatedQuote() {
    assertRecordProblem(CsvRecord.Problem.UNTERMINATED_QUOTE, ErrorCode.UNTERMINATED_QUOTE);
  }

  @Test
  void tooLongRecordIsFailureWithRecordTooLong() {
    assertRecordProblem(CsvRecord.Problem.RECORD_TOO_LONG, ErrorCode.RECORD_TOO_LONG);
  }

  private static void assertRecordProblem(CsvRecord.Problem problem, ErrorCode expected) {
    CsvRecord record = new CsvRecord(7, 9, 1234L, List.of(), problem);

    EvaluatedLine line = evaluator(rules()).evaluate(record);

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals(7, line.lineNumber());
    assertEquals(List.of(expected.name()), codes(line));
    assertEquals(Severity.ERROR, only(line).getSeverity());
    assertEquals(Map.of(), line.values());
    assertEquals("", line.sourceValues());
  }

  @Test
  void headerMatchingIgnoresCaseAndSurroundingSpaces() {
    List<String> header =
        List.of(
            " External_ID ",
            "FIRST_NAME",
            "Last_Name  ",
            "  Work_Email",
            "START_DATE",
            "Department",
            "Manager_Email");
    LineEvaluator evaluator = new LineEvaluator(rules(), header);

    EvaluatedLine line = evaluator.evaluate(goodRecord());

    assertEquals(LineStatus.SUCCESS, line.status());
    assertEquals("E001", line.value(PersonField.EXTERNAL_ID));
    assertEquals("Ada", line.value(PersonField.FIRST_NAME));
    assertEquals("ada@example.com", line.value(PersonField.EMAIL));
    assertEquals("Paris", line.value(PersonField.DEPARTMENT));
  }

  @Test
  void mappedColumnNameIsMatchedIgnoringCaseAndSpaces() {
    FlowRules rules =
        new FlowRules(
            1L,
            SourceType.FOLDER,
            CsvFormat.comma(),
            "yyyy-MM-dd",
            Map.of(PersonField.EMAIL, "  Work_EMAIL "),
            Set.of(PersonField.EMAIL),
            null,
            Set.of(),
            List.of("  Work_EMAIL "),
            Map.of(),
            Set.of(),
            null,
            com.passerelle.flow.TemplateChoice.NONE);

    EvaluatedLine line = new LineEvaluator(rules, HEADER).evaluate(goodRecord());

    assertEquals(LineStatus.SUCCESS, line.status());
    assertEquals("ada@example.com", line.value(PersonField.EMAIL));
  }

  @Test
  void emailIsTrimmedAndLowerCasedInValues() {
    EvaluatedLine line =
        evaluator(rules())
            .evaluate(
                record(
                    2,
                    "E001",
                    "Ada",
                    "Lovelace",
                    "  Ada.Lovelace@Example.COM ",
                    "2026-03-01",
                    "",
                    ""));

    assertEquals(LineStatus.SUCCESS, line.status());
    assertEquals("ada.lovelace@example.com", line.value(PersonField.EMAIL));
  }

  @Test
  void textValuesAreTrimmed() {
    EvaluatedLine line =
        evaluator(rules())
            .evaluate(
                record(
                    2, " E001 ", "  Ada", "Lovelace  ", "ada@example.com", " 2026-03-01 ", "", ""));

    assertEquals(LineStatus.SUCCESS, line.status());
    assertEquals("E001", line.value(PersonField.EXTERNAL_ID));
    assertEquals("Ada", line.value(PersonField.FIRST_NAME));
    assertEquals("Lovelace", line.value(PersonField.LAST_NAME));
    assertEquals("2026-03-01", line.value(PersonField.START_DATE));
  }

  @Test
  void sourceValuesDecodeToColumnValuePairsInHeaderOrder() {
    CsvRecord record =
        record(2, "E001", "Zoë", "O'Brien", "ada@example.com", "2026-03-01", "R&D = 100%", " ");

    EvaluatedLine line = evaluator(rules()).evaluate(record);

    Map<String, String> source = Params.decode(line.sourceValues());
    assertEquals(HEADER, List.copyOf(source.keySet()));
    assertEquals(
        List.of("E001", "Zoë", "O'Brien", "ada@example.com", "2026-03-01", "R&D = 100%", " "),
        List.copyOf(source.values()));
  }

  @Test
  void sourceValuesKeepTheRawValuesOfAFailedLine() {
    EvaluatedLine line = evaluateAda(" Bad Email ", "2026-02-30", "", "");

    Map<String, String> source = Params.decode(line.sourceValues());
    assertEquals(" Bad Email ", source.get("work_email"));
    assertEquals("2026-02-30", source.get("start_date"));
  }

  @Test
  void severalErrorsOnOneLineAreAllReported() {
    EvaluatedLine line =
        evaluator(rules()).evaluate(record(2, "", "Ada", "", "not-an-email", "2026-02-30", "", ""));

    assertEquals(LineStatus.FAILURE, line.status());
    List<String> codes = codes(line);
    assertEquals(4, codes.size(), () -> "messages: " + codes);
    assertEquals(2, codes.stream().filter("MISSING_FIELD"::equals).count());
    assertTrue(codes.contains("INVALID_EMAIL"));
    assertTrue(codes.contains("INVALID_DATE"));
    Set<String> missing =
        Set.copyOf(
            line.messages().stream()
                .filter(m -> m.getCode().equals("MISSING_FIELD"))
                .map(m -> m.getParams().get("field"))
                .toList());
    assertEquals(Set.of("external_id", "last_name"), missing);
  }

  // --- values longer than the directory stores -----------------------------------------------

  @Test
  void requiredTextLongerThanItsColumnFailsTheLineNotTheRun() {
    String longName = "L".repeat(201);
    EvaluatedLine line =
        evaluator(rules())
            .evaluate(
                record(2, "E1", "Ada", longName, "ada@example.com", "2026-03-01", "Paris", ""));

    assertEquals(LineStatus.FAILURE, line.status());
    LineMessage m = only(line);
    assertEquals("VALUE_TOO_LONG", m.getCode());
    assertEquals(
        Map.of("field", "last_name", "length", "201", "max", "200"), m.getParams(), "params");
  }

  @Test
  void optionalTextLongerThanItsColumnIsCutWithAWarning() {
    EvaluatedLine line = evaluateAda("ada@example.com", "2026-03-01", "D".repeat(5000), "");

    assertEquals(LineStatus.PARTIAL_SUCCESS, line.status());
    assertEquals("VALUE_CUT", only(line).getCode());
    assertEquals("D".repeat(200), line.value(PersonField.DEPARTMENT));
  }

  @Test
  void aCutNeverSplitsAnEmoji() {
    // 199 letters then an emoji (two UTF-16 units): the emoji does not fit whole and is left out.
    EvaluatedLine line = evaluateAda("ada@example.com", "2026-03-01", "D".repeat(199) + "😀😀", "");

    assertEquals("D".repeat(199), line.value(PersonField.DEPARTMENT));
  }

  @Test
  void valueOfExactlyTheColumnSizeIsKept() {
    EvaluatedLine line = evaluateAda("ada@example.com", "2026-03-01", "D".repeat(200), "");

    assertEquals(LineStatus.SUCCESS, line.status(), () -> "messages: " + codes(line));
    assertEquals(200, line.value(PersonField.DEPARTMENT).length());
  }

  @Test
  void emailLongerThan254CharactersIsInvalid() {
    String local = "a".repeat(64);
    String longDomain = "d".repeat(186) + ".example.com"; // 64 + 1 + 198 = 263 characters
    EvaluatedLine line = evaluateAda(local + "@" + longDomain, "2026-03-01", "Paris", "");

    assertEquals(LineStatus.FAILURE, line.status());
    assertEquals("INVALID_EMAIL", only(line).getCode());
  }

  @Test
  void localPartLongerThan64CharactersIsInvalid() {
    EvaluatedLine line = evaluateAda("a".repeat(65) + "@example.com", "2026-03-01", "Paris", "");

    assertEquals("INVALID_EMAIL", only(line).getCode());
  }

  @Test
  void aDateOutsideStorableYearsIsInvalid() {
    assertEquals(
        "INVALID_DATE", only(evaluateAda("ada@example.com", "0999-12-31", "Paris", "")).getCode());
    assertEquals(
        "INVALID_DATE",
        only(evaluateAda("ada@example.com", "+10000-01-01", "Paris", "")).getCode());
    assertEquals(
        LineStatus.SUCCESS, evaluateAda("ada@example.com", "1000-01-01", "Paris", "").status());
  }

  @Test
  void invisibleOrNonAsciiSpacesMakeAnEmailInvalid() {
    for (String email :
        List.of("ada\u00A0@example.com", "ada\u200B@example.com", "ada@exam\u2009ple.com")) {
      assertEquals(
          "INVALID_EMAIL",
          only(evaluateAda(email, "2026-03-01", "Paris", "")).getCode(),
          () -> "accepted: " + email);
    }
  }

  @Test
  void emailIsNormalizedToNfcLowerCase() {
    // "é" written as e + combining accent, upper case, with spaces around it.
    EvaluatedLine line = evaluateAda("  JOSE\u0301@Example.COM ", "2026-03-01", "Paris", "");

    assertEquals("jos\u00e9@example.com", line.value(PersonField.EMAIL));
  }

  @Test
  void aThousandCharacterValueInAnExtraColumnStaysDecodable() {
    List<String> header =
        List.of("external_id", "first_name", "last_name", "work_email", "start_date", "notes");
    LineEvaluator evaluator = new LineEvaluator(rules(), header);

    EvaluatedLine line =
        evaluator.evaluate(
            record(2, "E1", "Zoé", "Ünal", "zoe@example.com", "2026-03-01", "é".repeat(1000)));

    assertTrue(line.sourceValues().length() <= Line.SOURCE_VALUES_LENGTH);
    Map<String, String> read = Params.decode(line.sourceValues());
    assertEquals("Zoé", read.get("first_name"));
    assertTrue(read.get("notes").startsWith("éééé") && read.get("notes").endsWith("…"));
  }
}
