package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportCsvTest {
  @Test
  void plainValuesStayAsTheyAre() {
    assertEquals("Alice", ReportCsv.cell("Alice"));
    assertEquals("", ReportCsv.cell(""));
  }

  @Test
  void valuesWithDelimiterQuoteOrNewlineAreQuoted() {
    assertEquals("\"Sales, EMEA\"", ReportCsv.cell("Sales, EMEA"));
    assertEquals("\"O\"\"Neil\"", ReportCsv.cell("O\"Neil"));
    assertEquals("\"Van\nDamme\"", ReportCsv.cell("Van\nDamme"));
  }

  @Test
  void formulasAreDefusedForSpreadsheets() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ReportCsv.cell("=HYPERLINK(\"x\")"));
    assertEquals("'=1+1", ReportCsv.cell("=1+1"));
    assertEquals("'+33 6 12", ReportCsv.cell("+33 6 12"));
    assertEquals("'-1", ReportCsv.cell("-1"));
    assertEquals("'@SUM(A1)", ReportCsv.cell("@SUM(A1)"));
  }
}
