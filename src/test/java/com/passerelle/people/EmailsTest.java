package com.passerelle.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Email syntax by Commons Validator: internationalised domains in, typos and unknown TLDs out. */
class EmailsTest {
  @Test
  void realAddressesIncludingInternationalisedDomainsAreValid() {
    for (String ok :
        new String[] {
          "alice.martin@example.com", "o'brien@example.ie", "anna@bücher.de", "jo+hr@acme.fr"
        }) {
      assertTrue(Emails.isValid(Emails.normalize(ok)), ok);
    }
  }

  @Test
  void typosAndUnknownTopLevelDomainsAreInvalid() {
    for (String bad :
        new String[] {
          "alice",
          "alice@",
          "@acme.fr",
          "alice@acme",
          "alice@acme.notatld",
          "a b@acme.fr",
          "alice@@acme.fr",
          "alice@acme..fr",
          "alice\u200b@acme.fr"
        }) {
      assertFalse(Emails.isValid(Emails.normalize(bad)), bad);
    }
  }
}
