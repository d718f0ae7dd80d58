package com.passerelle.source.sftp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamePatternTest {
  @Test
  void starAndQuestionMarkAreWildcards() {
    FileNamePattern p = FileNamePattern.of("employees_*.csv");
    assertTrue(p.matches("employees_2024-01-31.csv"));
    assertTrue(p.matches("employees_.csv"));
    assertFalse(p.matches("employees_1.csv.part"));
    assertFalse(p.matches("Employees_1.csv"), "case counts");
    assertFalse(p.matches("old_employees_1.csv"));

    assertTrue(FileNamePattern.of("hr_??.csv").matches("hr_01.csv"));
    assertFalse(FileNamePattern.of("hr_??.csv").matches("hr_1.csv"));
  }

  @Test
  void everythingElseIsLiteral() {
    assertTrue(FileNamePattern.of("export (1).csv").matches("export (1).csv"));
    assertFalse(FileNamePattern.of("a.csv").matches("abcsv"), "a dot is a dot");
    assertTrue(FileNamePattern.of("[hr]*.csv").matches("[hr]2024.csv"));
    assertFalse(FileNamePattern.of("[hr]*.csv").matches("h2024.csv"));
    assertTrue(FileNamePattern.of("a\\Eb*").matches("a\\Eb.csv"), "no regex escape leaks");
  }
}
