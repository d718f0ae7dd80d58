package com.passerelle.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * What one email is, decided in one place: trimmed, Unicode NFC, lower case (root locale). The
 * person table compares emails byte for byte (binary collation on MariaDB, H2's default), so two
 * emails are one profile exactly when their normalized forms are equal in Java.
 */
public final class Emails {
  /** RFC 5321: a path is at most 256 octets, so an address at most 254 characters. */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_PART = 64;

  /** The maintained validator: RFC syntax, known top-level domains, internationalised domains. */
  private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, false);

  /** Spaces of every script, invisible formatting and control characters: never in an address. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Z}\\p{Cf}\\p{Cc}]");

  private Emails() {}

  public static String normalize(String email) {
    if (email == null) {
      return null;
    }
    return Normalizer.normalize(email.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** Syntax and length (a longer address cannot be delivered, nor stored). */
  public static boolean isValid(String email) {
    if (email == null || email.length() > MAX_LENGTH) {
      return false;
    }
    int at = email.indexOf('@');
    return at > 0
        && at <= MAX_LOCAL_PART
        && VALIDATOR.isValid(email)
        && !INVISIBLE.matcher(email).find(); // two lookalike addresses would be two profiles
  }
}
