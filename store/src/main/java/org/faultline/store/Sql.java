package org.faultline.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Small SQL helpers: literals, binding Java values, messages. */
final class Sql {
  private Sql() {}

  /** A single-quoted SQL string literal. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** Binds values (String, Integer, Long, Double, LocalDate, LocalDateTime or null) from 1. */
  static void bind(PreparedStatement ps, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      bind(ps, i + 1, values.get(i));
    }
  }

  static void bind(PreparedStatement ps, int index, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(index, Types.VARCHAR);
    } else if (v instanceof String s) {
      ps.setString(index, s);
    } else if (v instanceof Integer n) {
      ps.setInt(index, n);
    } else if (v instanceof Long n) {
      ps.setLong(index, n);
    } else if (v instanceof Double d) {
      ps.setDouble(index, d);
    } else if (v instanceof LocalDate d) {
      ps.setObject(index, d);
    } else if (v instanceof LocalDateTime t) {
      ps.setObject(index, t);
    } else {
      throw new IllegalArgumentException("value type must be bindable: " + v.getClass());
    }
  }

  /** The first line of a database message, without DuckDB's location details. */
  static String message(SQLException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = m.indexOf('\n');
    return (nl > 0 ? m.substring(0, nl) : m).strip();
  }

  /**
   * {@code " WHERE (condition)"}, or "" for a null or blank condition.
   *
   * @throws IllegalArgumentException if the condition contains a semicolon (one condition, not
   *     statements)
   */
  static String where(String condition) {
    if (condition == null || condition.isBlank()) {
      return "";
    }
    if (condition.indexOf(';') >= 0) {
      throw new IllegalArgumentException(
          "where must be one SQL condition without semicolons: " + condition);
    }
    return " WHERE (" + condition + ")";
  }

  /**
   * The exception for a failed statement: an {@link IllegalArgumentException} when DuckDB could not
   * parse, bind or convert what the user wrote (a bad {@code --where}), else an {@link
   * IOException}.
   */
  static IOException failure(SQLException e, String what) {
    String m = message(e);
    if (m.startsWith("Parser Error")
        || m.startsWith("Binder Error")
        || m.startsWith("Conversion Error")
        || m.startsWith("Catalog Error")) {
      throw new IllegalArgumentException(
          "where must be a valid SQL condition on the events columns: " + m, e);
    }
    return new IOException(what + " failed: " + m, e);
  }
}
