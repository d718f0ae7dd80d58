package com.passerelle.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids for rows inserted with plain JDBC, drawn from the same sequences as the entities' and read
 * the same way (Hibernate's pooled-lo, see persistence.xml): each value drawn is the first of a
 * block of {@link #BLOCK} ids, so JPA and JDBC inserts never collide and a chunk of thousands of
 * rows costs a few draws.
 */
public final class IdBlocks {
  /** The sequences' increment (V3_2) and the entities' allocationSize. */
  public static final int BLOCK = 1000;

  private IdBlocks() {}

  /** {@code count} fresh ids of a sequence, in order. */
  public static long[] draw(Connection connection, String sequence, int count) throws SQLException {
    long[] ids = new long[count];
    int filled = 0;
    try (Statement statement = connection.createStatement()) {
      while (filled < count) {
        long first;
        // Only our own sequence names reach this string.
        try (ResultSet rs = statement.executeQuery("select next value for " + sequence)) {
          rs.next();
          first = rs.getLong(1);
        }
        for (int i = 0; i < BLOCK && filled < count; i++) {
          ids[filled++] = first + i;
        }
      }
    }
    return ids;
  }
}
