package com.passerelle.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one email is, decided in one place: trimmed, Unicode NFC, lower case (root locale). The
 * person table compares emails byte for byte (binary collation on MariaDB, H2's default), so two
 * emails are one profile exactly when their normalized forms are equal in Java.
 */
public final class Emails {
  /** RFC 5321: a path is at most 256 octets, so an address at most 254 characters. */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_PART = 64;

  /**
   * The maintained validator (RFC syntax, known top-level domains, internationalised domains), with
   * its shortcuts for plain addresses ({@link EmailSyntax}).
   */
  private static final EmailSyntax VALIDATOR = new EmailSyntax();

  /** Spaces of every script, invisible formatting and control characters: never in an address. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Z}\\p{Cf}\\p{Cc}]");

  private Emails() {}

  public static String normalize(String email) {
    if (email == null) {
      return null;
    }
    String trimmed = email.trim();
    // NFC leaves ASCII as it is: most addresses skip the normalizer.
    String composed =
        isPrintableAscii(trimmed) ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    return composed.toLowerCase(Locale.ROOT);
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
        && (isPrintableAscii(email) || !INVISIBLE.matcher(email).find()); // lookalikes: 2 people
  }

  /** Printable ASCII: already NFC, and without space, format or control characters. */
  private static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }
}
