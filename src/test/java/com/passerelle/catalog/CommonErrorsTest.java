package com.passerelle.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The common-errors catalog is complete: every code of seed 003's table has a text per type. */
class CommonErrorsTest {
  private final CommonErrors errors = CommonErrors.standard();
  private final MessageCatalog catalog = MessageCatalog.standard();

  @Test
  void everyCodeHasATextForEveryIntegrationType() {
    List<String> missing = new ArrayList<>();
    for (String code : CommonErrors.codes()) {
      for (IntegrationType type : IntegrationType.values()) {
        CommonErrors.Cell cell = errors.cell(type, code);
        if (cell == null || cell.meaning().isBlank()) {
          missing.add(type + "." + code);
        } else if (cell.applicable() && (cell.title().isBlank() || cell.action().isBlank())) {
          missing.add(type + "." + code + " (title or action)");
        }
      }
    }
    if (!missing.isEmpty()) {
      fail("No catalog text for: " + missing);
    }
  }

  @Test
  void everyHttpCodeHasItsReasonPhraseAndOwnCodesAreKnown() {
    for (String code : CommonErrors.codes()) {
      assertTrue(catalog.knows(code), code);
    }
    assertEquals("503 Service Unavailable", catalog.explain("503", Map.of()).title());
  }

  @Test
  void aCodeWithoutTextsIsReportedMissing() {
    assertEquals(null, errors.cell(IntegrationType.INBOUND_FILE, "418"));
    assertEquals(null, errors.cell(IntegrationType.INBOUND_FILE, "NO_SUCH_CODE"));
  }

  @Test
  void cellsSayWhatItMeansForThisProduct() {
    assertEquals(
        "The authorization key the customer gave is wrong or expired",
        errors.cell(IntegrationType.OUTBOUND_WEBHOOK, "401").meaning());
    assertTrue(
        errors
            .cell(IntegrationType.INBOUND_HRIS_API, "401")
            .action()
            .contains("renew the API key"));
    assertTrue(
        errors.cell(IntegrationType.INBOUND_HRIS_API, "409").meaning().contains("not an error"));
    assertTrue(errors.cell(IntegrationType.INBOUND_WEBHOOK, "401").meaning().contains("secret"));
    CommonErrors.Cell redirect = errors.cell(IntegrationType.INBOUND_FILE, "308");
    assertFalse(redirect.applicable());
    assertTrue(redirect.meaning().startsWith("Not applicable: files are not fetched over HTTP"));
  }

  @Test
  void ownCodesUseTheirEntryWhereRecordedAndAreNotApplicableElsewhere() {
    CommonErrors.Cell sftp = errors.cell(IntegrationType.INBOUND_FILE, "SFTP_CONNECTION");
    assertTrue(sftp.applicable());
    assertEquals("Error during SFTP connection", sftp.title());
    assertTrue(sftp.meaning().contains("‹reason›"), sftp.meaning());
    CommonErrors.Cell elsewhere = errors.cell(IntegrationType.OUTBOUND_WEBHOOK, "SFTP_CONNECTION");
    assertFalse(elsewhere.applicable());
    assertEquals("Not applicable: recorded for Inbound flat file only", elsewhere.meaning());
  }

  @Test
  void explainByTypeGivesTheCellsTexts() {
    ExplainedMessage m = catalog.explain(IntegrationType.INBOUND_HRIS_API, "503", Map.of());
    assertEquals("503 from the HRIS API: first sync not finished", m.title());
    assertEquals("Inbound HRIS API", m.category());
    assertEquals(errors.cell(IntegrationType.INBOUND_HRIS_API, "503").meaning(), m.cause());
    ExplainedMessage own =
        catalog.explain(IntegrationType.INBOUND_FILE, "SFTP_CONNECTION", Map.of("reason", "x"));
    assertEquals("Unable to connect to the SFTP server: x", own.cause());
    assertNotNull(own.action());
  }
}
