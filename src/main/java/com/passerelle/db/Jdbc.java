package com.passerelle.db;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.StringJoiner;
import org.hibernate.Session;

/**
 * Plain JDBC on the persistence context's own connection, for the set-based paths (the import's
 * writes, the report's reads): same transaction and same locks as the entities around it.
 */
public final class Jdbc {
  /** Work on a connection; a SQLException comes back as Hibernate's JDBCException. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private Jdbc() {}

  public static <T> T on(EntityManager em, Work<T> work) {
    return em.unwrap(Session.class).doReturningWork(work::run);
  }

  /** "?, ?, ?" for an IN list of this many values. */
  public static String placeholders(int count) {
    StringJoiner joiner = new StringJoiner(", ");
    for (int i = 0; i < count; i++) {
      joiner.add("?");
    }
    return joiner.toString();
  }

  /** Binds values from a parameter index on; returns the next free index. */
  public static int bindAll(PreparedStatement statement, int first, Collection<?> values)
      throws SQLException {
    int index = first;
    for (Object value : values) {
      statement.setObject(index++, value);
    }
    return index;
  }
}
