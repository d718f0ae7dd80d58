package com.passerelle.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DropZoneTest {

  /** A name that can be resolved in the flow folder without escaping it or hiding the file. */
  private static void assertSafe(String sanitized) {
    assertTrue(
        sanitized.matches("[A-Za-z0-9._-]+"), () -> "unsafe characters in '" + sanitized + "'");
    assertFalse(sanitized.startsWith("."), () -> "hidden file name '" + sanitized + "'");
    assertFalse(sanitized.contains(".."), () -> "'..' in '" + sanitized + "'");
    assertTrue(sanitized.toLowerCase().endsWith(".csv"), () -> "not a .csv: '" + sanitized + "'");
    assertTrue(sanitized.length() > ".csv".length(), () -> "no base name: '" + sanitized + "'");
  }

  @Test
  void plainCsvNameIsKept() {
    assertEquals("employees-2026_03.csv", DropZone.sanitize("employees-2026_03.csv"));
  }

  @Test
  void upperCaseCsvExtensionIsKept() {
    assertEquals("EXPORT.CSV", DropZone.sanitize("EXPORT.CSV"));
  }

  @Test
  void pathTraversalKeepsOnlyTheFileName() {
    String sanitized = DropZone.sanitize("../../etc/passwd");

    assertEquals("passwd.csv", sanitized);
    assertFalse(sanitized.contains("/"));
    assertFalse(sanitized.contains("\\"));
  }

  @Test
  void windowsPathKeepsOnlyTheFileName() {
    assertEquals("a.csv", DropZone.sanitize("C:\\x\\a.csv"));
  }

  @Test
  void windowsTraversalKeepsOnlyTheFileName() {
    assertEquals("win.ini.csv", DropZone.sanitize("..\\..\\Windows\\win.ini"));
  }

  @Test
  void nameWithoutCsvExtensionGetsOne() {
    assertEquals("report.txt.csv", DropZone.sanitize("report.txt"));
  }

  @Test
  void oddCharactersAreReplacedByUnderscore() {
    assertEquals("my_file__1__r_sum_.csv", DropZone.sanitize("my file (1) résumé.csv"));
  }

  @Test
  void shellAndUrlCharactersAreReplacedByUnderscore() {
    assertEquals("a_b_c_d_e_f_g.csv", DropZone.sanitize("a;b|c$d`e%f:g.csv"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "dir/", "C:\\exports\\"})
  void missingNameGetsTheDefaultUploadName(String name) {
    assertEquals("upload.csv", DropZone.sanitize(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "   ", "\t"})
  void blankNameGetsASafeName(String name) {
    assertSafe(DropZone.sanitize(name));
  }

  @Test
  void hiddenFileNameIsNoLongerHidden() {
    String sanitized = DropZone.sanitize(".hidden");

    assertEquals("upload.hidden.csv", sanitized);
    assertSafe(sanitized);
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "a/..", "../..", ".csv", "..csv", "\u0000.csv"})
  void dotNamesGetASafeName(String name) {
    String sanitized = DropZone.sanitize(name);

    assertFalse(sanitized.startsWith("."), sanitized);
    assertFalse(sanitized.contains("/"), sanitized);
    assertTrue(sanitized.matches("[A-Za-z0-9._-]+"), sanitized);
    assertTrue(sanitized.toLowerCase().endsWith(".csv"), sanitized);
  }

  @Test
  void veryLongNameIsShortenedToFitAFileName() {
    String sanitized = DropZone.sanitize("a".repeat(300) + ".csv");

    // store() prefixes "yyyyMMdd-HHmmss-SSS-" (20 chars); most file systems allow 255 bytes.
    assertTrue(sanitized.length() <= 255 - 20, "length " + sanitized.length());
    assertTrue(sanitized.endsWith(".csv"), sanitized);
  }
}
