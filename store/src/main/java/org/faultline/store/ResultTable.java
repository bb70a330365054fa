package org.faultline.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of a query as plain values: column names and rows of {@code String}, {@code Long},
 * {@code Double}, {@code LocalDate} or null. Immutable.
 *
 * @param columns the column names
 * @param rows the rows, each with one value per column
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
  /** Copies the lists (rows may hold nulls) and checks that every row has one value per column. */
  public ResultTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "result row must have " + columns.size() + " values: " + row.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  static ResultTable of(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<String> columns = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      columns.add(md.getColumnLabel(i));
    }
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(value(rs, md, i));
      }
      rows.add(row);
    }
    return new ResultTable(columns, rows);
  }

  private static Object value(ResultSet rs, ResultSetMetaData md, int i) throws SQLException {
    int type = md.getColumnType(i);
    if (type == Types.DATE) {
      return rs.getObject(i, LocalDate.class);
    }
    Object v = rs.getObject(i);
    if (v == null) {
      return null;
    }
    if (v instanceof Byte || v instanceof Short || v instanceof Integer) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      return b.longValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (v instanceof Long || v instanceof Double || v instanceof String) {
      return v;
    }
    return v.toString();
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /**
   * The value in a row and a named column.
   *
   * @throws IllegalArgumentException if there is no such column
   */
  public Object value(int row, String column) {
    int i = columns.indexOf(Objects.requireNonNull(column, "column"));
    if (i < 0) {
      throw new IllegalArgumentException("column must be one of " + columns + ": " + column);
    }
    return rows.get(row).get(i);
  }
}
