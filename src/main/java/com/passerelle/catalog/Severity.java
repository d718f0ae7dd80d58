package com.passerelle.catalog;

/** How bad a message is: an ERROR fails the line, a WARNING makes it a partial success. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
