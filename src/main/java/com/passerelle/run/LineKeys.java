package com.passerelle.run;

/**
 * The four search keys of a line ({@link SearchKeys}), derived from whose line it is as the line
 * stores it (values already cut to their columns).
 */
public record LineKeys(String email, String id, String name, String reversedName) {
  static LineKeys of(String externalId, String firstName, String lastName, String email) {
    return new LineKeys(
        SearchKeys.of(email),
        SearchKeys.of(externalId),
        SearchKeys.name(firstName, lastName),
        SearchKeys.reversedName(firstName, lastName));
  }
}
