package com.passerelle.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageCatalogTest {

  private final MessageCatalog catalog = MessageCatalog.standard();

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyErrorCodeHasTitleCauseActionAndCategory(ErrorCode code) {
    assertTrue(catalog.knows(code.name()), "no complete catalog entry for " + code);
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyErrorCodeIsExplainedWithItsOwnCodeAndSeverity(ErrorCode code) {
    ExplainedMessage message = catalog.explain(code, Map.of());

    assertEquals(code.name(), message.code());
    assertEquals(code.severity(), message.severity());
    assertFalse(message.title().isBlank(), "blank title for " + code);
    assertFalse(message.cause().isBlank(), "blank cause for " + code);
    assertFalse(message.action().isBlank(), "blank action for " + code);
    assertFalse(message.category().isBlank(), "blank category for " + code);
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void theGenericEntryOfEveryCodeShowsNoRawPlaceholder(ErrorCode code) {
    ExplainedMessage m = catalog.explainGeneric(code.name());
    for (String text : new String[] {m.title(), m.cause(), m.action(), m.category()}) {
      assertFalse(text.matches("(?s).*\\{[A-Za-z_]+}.*"), code + ": " + text);
    }
  }

  @Test
  void theGenericEntryNamesEachPlaceholderInAngleQuotes() {
    assertEquals("missing ‹field›", catalog.explainGeneric("MISSING_FIELD").title());
    assertEquals(
        "‹stakeholder› not found", catalog.explainGeneric("STAKEHOLDER_NOT_FOUND").title());
    assertEquals(
        "Fill in ‹field› for this person in the source system; the line is imported at the next run",
        catalog.explainGeneric("MISSING_FIELD").action());
    assertEquals("Error 599", catalog.explainGeneric("599").title()); // the code still fills in
    assertEquals("Invalid email", catalog.explainGeneric("INVALID_EMAIL").title());
  }

  @Test
  void knowsIsFalseForACodeWithoutTexts() {
    assertFalse(catalog.knows("NOT_A_CODE"));
    assertFalse(catalog.knows("599")); // an HTTP status outside the common-errors table
  }

  @Test
  void seedTextsOfIntegrationInactiveAreReturnedVerbatim() {
    ExplainedMessage message = catalog.explain(ErrorCode.INTEGRATION_INACTIVE, Map.of());

    assertEquals("INTEGRATION_INACTIVE", message.code());
    assertEquals(Severity.ERROR, message.severity());
    assertEquals("Configuration", message.category());
    assertEquals("Integration is not active", message.title());
    assertEquals("The integration has been deactivated", message.cause());
    assertEquals("Reactivate the integration in the settings", message.action());
  }

  @Test
  void placeholderInTitleIsRenderedFromParams() {
    ExplainedMessage message =
        catalog.explain(ErrorCode.MISSING_HEADERS, Params.of("columns", "email, start_date"));

    assertEquals("Missing headers: email, start_date", message.title());
  }

  @Test
  void placeholdersAreRenderedInCauseAndActionToo() {
    ExplainedMessage message =
        catalog.explain(
            ErrorCode.INVALID_DATE,
            Params.of("field", "start_date", "value", "2026-02-30", "format", "yyyy-MM-dd"));

    assertEquals(
        "Unusable date format (start_date: \"2026-02-30\", expected yyyy-MM-dd)", message.cause());
    assertEquals(
        "Send dates in the format yyyy-MM-dd, or change the date format in the flow settings",
        message.action());
  }

  @Test
  void samePlaceholderUsedTwiceIsRenderedBothTimes() {
    ExplainedMessage message =
        catalog.explain(ErrorCode.WRONG_DELIMITER, Params.of("columns", "email", "found", ";"));

    assertEquals(
        "Missing headers: email (the file seems to use \";\" as delimiter)", message.title());
  }

  @Test
  void placeholderWithoutParamStaysAsIs() {
    ExplainedMessage message = catalog.explain(ErrorCode.MISSING_HEADERS, Map.of());

    assertEquals("Missing headers: {columns}", message.title());
  }

  @Test
  void nullParamsLeavePlaceholdersAsIs() {
    ExplainedMessage message = catalog.explain(ErrorCode.MISSING_FIELD, null);

    assertEquals("missing {field}", message.title());
  }

  @Test
  void renderLeavesUnknownPlaceholderAndFillsKnownOne() {
    assertEquals(
        "a {unknown} b x", MessageCatalog.render("a {unknown} b {known}", Map.of("known", "x")));
  }

  @Test
  void unknownCodeGivesTheUnknownEntryWithTheCodeInTheTitle() {
    ExplainedMessage message = catalog.explain("599", Map.of());

    assertEquals("599", message.code());
    assertEquals(Severity.ERROR, message.severity());
    assertEquals("Error 599", message.title());
    assertEquals("Other", message.category());
    assertEquals("An error this version of Passerelle has no explanation for.", message.cause());
    assertEquals("Contact support with the run number and this code.", message.action());
  }

  @Test
  void parameterValueWithDollarSignIsRenderedLiterally() {
    ExplainedMessage message =
        catalog.explain(ErrorCode.MISSING_FIELD, Params.of("field", "$1 salary $0"));

    assertEquals("missing $1 salary $0", message.title());
  }

  @Test
  void parameterValueWithBackslashIsRenderedLiterally() {
    ExplainedMessage message =
        catalog.explain(ErrorCode.MISSING_HEADERS, Params.of("columns", "C:\\exports\\a\\"));

    assertEquals("Missing headers: C:\\exports\\a\\", message.title());
  }

  @Test
  void parameterValueThatLooksLikeAPlaceholderIsNotRenderedAgain() {
    ExplainedMessage message =
        catalog.explain(ErrorCode.INVALID_EMAIL, Params.of("field", "{value}", "value", "x@y"));

    assertEquals("Incorrect email address format ({value}: \"x@y\")", message.cause());
  }
}
