package com.passerelle.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.validator.routines.EmailValidator;
import org.junit.jupiter.api.Test;

/** The shortcuts of {@link EmailSyntax} give exactly Commons Validator's verdicts. */
class EmailSyntaxTest {
  private static final EmailValidator COMMONS = EmailValidator.getInstance(false, false);

  private static final List<String> ODD =
      List.of(
          "a@b.com",
          "A.B@c.fr",
          ".a@b.com",
          "a.@b.com",
          "a..b@c.com",
          "a@b.com.",
          "a@.com",
          "@b.com",
          "a@",
          "a@b",
          "a@localhost",
          "a@b@c.com",
          "a b@c.com",
          "a@b c.com",
          "\"a b\"@c.com",
          "a\\@b@c.com",
          "o'brien@c.ie",
          "a(b)@c.com",
          "a<b>@c.com",
          "a,b@c.com",
          "a;b@c.com",
          "a:b@c.com",
          "a[b]@c.com",
          "a@[127.0.0.1]",
          "a@[::1]",
          "a@-b.com",
          "a@b-.com",
          "a@b..com",
          "a@xn--bcher-kva.ch",
          "a@b.invalidtld",
          "a@b.c",
          "x".repeat(64) + "@b.com",
          "x".repeat(65) + "@b.com",
          "a@" + "b".repeat(64) + ".com",
          "a@" + "b".repeat(63) + ".com",
          "a!#$%&*+/=?^_`{|}~-@b.org",
          "1234@5678.com",
          "a@1.2.3.4",
          "a@b.co.uk",
          "a@b.museum",
          "a\t@b.com",
          "a@b.com\n",
          "\u00e9@b.com",
          "a@b\u00e9.com",
          "a@\u00e9.fr",
          "a@b.com ",
          " a@b.com",
          "a@B.COM",
          "a@b_c.com",
          "a@b.com.fr.",
          "a.b.c.d@e.f.gh",
          "a@@b.com");

  @Test
  void agreesWithCommonsOnOddAddresses() {
    EmailSyntax fast = new EmailSyntax();
    for (String email : ODD) {
      assertEquals(COMMONS.isValid(email), fast.isValid(email), email);
      assertEquals(COMMONS.isValid(email), fast.isValid(email), email + " (domain remembered)");
    }
  }

  @Test
  void agreesWithCommonsOnRandomAddresses() {
    EmailSyntax fast = new EmailSyntax();
    Random random = new Random(42);
    String alphabet = "ab.@-_'\"\\()<>,;:[] \t\u00e9xyzAB09+!~`";
    String[] domains = {
      "b.com", "c.fr", "x.invalidtld", "[1.2.3.4]", "b..com", "-b.org", "\u00e9.fr"
    };
    int valid = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder email = new StringBuilder();
      int length = 1 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        email.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextBoolean()) {
        email.append('@').append(domains[random.nextInt(domains.length)]);
      }
      String e = email.toString();
      boolean expected = COMMONS.isValid(e);
      assertEquals(expected, fast.isValid(e), e);
      valid += expected ? 1 : 0;
    }
    assertTrue(valid > 500, "the random corpus holds valid addresses too: " + valid);
  }

  @Test
  void plainAddressesTakeTheShortcut() {
    List<String> plain = new ArrayList<>(List.of("a@b.com", "first.last+tag@example.co.uk"));
    for (String email : plain) {
      assertTrue(EmailSyntax.plainAt(email) > 0, email);
    }
    assertEquals(-1, EmailSyntax.plainAt("o'brien@c.ie"));
    assertEquals(-1, EmailSyntax.plainAt("a..b@c.com"));
  }
}
