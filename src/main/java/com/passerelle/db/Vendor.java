package com.passerelle.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The two databases Passerelle runs on, for the few statements that differ. */
public enum Vendor {
  MARIADB,
  H2;

  private static volatile Vendor known;

  /** The database behind a connection (read once: a server uses one database). */
  public static Vendor of(Connection connection) throws SQLException {
    Vendor vendor = known;
    if (vendor == null) {
      vendor = of(connection.getMetaData().getDatabaseProductName());
      known = vendor;
    }
    return vendor;
  }

  static Vendor of(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    return name.contains("mariadb") || name.contains("mysql") ? MARIADB : H2;
  }
}
