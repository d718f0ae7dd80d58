package com.passerelle.run;

import com.passerelle.common.Text;

/**
 * The four search keys of a line ({@link SearchKeys}), derived from whose line it is as the line
 * stores it (values cut to their columns). Made when a line is evaluated, on the reading thread, so
 * the writer only copies them.
 */
public record LineKeys(String email, String id, String name, String reversedName) {
  public static LineKeys of(String externalId, String firstName, String lastName, String email) {
    String first = Text.fit(firstName, Line.NAME_LENGTH);
    String last = Text.fit(lastName, Line.NAME_LENGTH);
    return new LineKeys(
        SearchKeys.of(Text.fit(email, Line.EMAIL_LENGTH)),
        SearchKeys.of(Text.fit(externalId, Line.NAME_LENGTH)),
        SearchKeys.name(first, last),
        SearchKeys.reversedName(first, last));
  }
}
