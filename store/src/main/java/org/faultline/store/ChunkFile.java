package org.faultline.store;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.FlatTable;
import org.faultline.formats.csv.DelimitedField;

/**
 * A temporary tab-separated file of flat event rows that DuckDB reads back with {@code read_csv} in
 * parallel: the bulk path of imports, faster than row-by-row inserts from Java.
 *
 * <p>Encoding, chosen so that every value survives exactly: column 0 is the 1-based row number in
 * the input, then the {@link FlatTable#COLUMNS}; null is {@code \N}; a text value containing a tab,
 * line break or double quote, or equal to {@code \N}, is double-quoted with inner quotes doubled.
 */
final class ChunkFile implements Closeable {
  private final Path path;
  private final BufferedWriter out;
  private final StringBuilder row = new StringBuilder(512);
  private final Object[] first = new Object[FlatTable.COLUMNS.size()];
  private final boolean[] constant = new boolean[FlatTable.COLUMNS.size()];
  private long rows;
  private boolean details;
  private String minId;
  private String maxId;

  private static final int[] DETAIL_INDEXES =
      StoreSchema.DETAIL_COLUMNS.stream().mapToInt(FlatTable.COLUMNS::indexOf).toArray();

  ChunkFile(Path path) throws IOException {
    this.path = path;
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 20);
  }

  Path path() {
    return path;
  }

  long rows() {
    return rows;
  }

  /** True when some row has a detail value (sentence, offsets, verb, reporter, pattern). */
  boolean hasDetails() {
    return details;
  }

  /** The smallest row id written, in {@link String#compareTo} order. */
  String minId() {
    return minId;
  }

  /** The largest row id written, in {@link String#compareTo} order. */
  String maxId() {
    return maxId;
  }

  void write(long line, DatasetEvent e) throws IOException {
    String id = e.eventId();
    if (minId == null || id.compareTo(minId) < 0) {
      minId = id;
    }
    if (maxId == null || id.compareTo(maxId) > 0) {
      maxId = id;
    }
    Object[] values = FlatTable.values(e);
    if (!details) {
      for (int i : DETAIL_INDEXES) {
        if (values[i] != null && !"".equals(values[i])) {
          details = true;
          break;
        }
      }
    }
    if (rows == 0) {
      System.arraycopy(values, 0, first, 0, values.length);
      Arrays.fill(constant, true);
    } else {
      for (int i = 0; i < values.length; i++) {
        if (constant[i] && !Objects.equals(values[i], first[i])) {
          constant[i] = false;
        }
      }
    }
    StringBuilder r = row;
    r.setLength(0);
    r.append(line);
    for (Object v : values) {
      r.append('\t');
      if (v == null) {
        r.append("\\N");
      } else if (v instanceof String s) {
        DelimitedField.append(r, s, '\t', "\\N");
      } else if (v instanceof LocalDate d) {
        r.append(d);
      } else {
        r.append(v);
      }
    }
    r.append('\n');
    out.append(r);
    rows++;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /**
   * The select list that reads the flat columns of this chunk from table alias {@code s}: a typed
   * literal for a column that has the same value in every row (most columns of an imported dataset
   * are constant: no sentence, no offsets, one provenance), {@code s.column} for the others. This
   * spares DuckDB materialising and compressing columns that hold one value.
   */
  String selectList(List<String> columns) {
    StringBuilder b = new StringBuilder();
    List<String> names = FlatTable.COLUMNS;
    for (String column : columns) {
      int i = names.indexOf(column);
      if (b.length() > 0) {
        b.append(", ");
      }
      if (rows > 0 && constant[i]) {
        String type = StoreSchema.EVENT_COLUMN_TYPES.get(i).replace(" NOT NULL", "");
        b.append("CAST(").append(literal(first[i])).append(" AS ").append(type).append(')');
      } else {
        b.append("s.").append(names.get(i));
      }
    }
    return b.toString();
  }

  private static String literal(Object v) {
    if (v == null) {
      return "NULL";
    }
    if (v instanceof String s) {
      return Sql.literal(s);
    }
    if (v instanceof LocalDate d) {
      return "DATE '" + d + "'";
    }
    if (v instanceof Double d) {
      return "'" + d + "'";
    }
    return v.toString();
  }

  /** The {@code read_csv(...)} table expression that reads a chunk file back with its types. */
  static String readCsv(Path file) {
    StringBuilder columns = new StringBuilder("{'line': 'BIGINT'");
    List<String> names = FlatTable.COLUMNS;
    for (int i = 0; i < names.size(); i++) {
      String type = StoreSchema.EVENT_COLUMN_TYPES.get(i).replace(" NOT NULL", "");
      columns.append(", '").append(names.get(i)).append("': '").append(type).append('\'');
    }
    columns.append('}');
    return "read_csv("
        + Sql.literal(file.toString())
        + ", delim = '\\t', quote = '\"', escape = '\"', header = false, nullstr = '\\N',"
        + " allow_quoted_nulls = false, auto_detect = false, columns = "
        + columns
        + ")";
  }
}
