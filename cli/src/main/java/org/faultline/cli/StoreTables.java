package org.faultline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.store.ResultTable;

/** Prints a query result as an aligned table, CSV or JSON. */
final class StoreTables {
  private StoreTables() {}

  /**
   * Prints {@code t} in a format: {@code table} (aligned, numbers right-aligned, decimals rounded
   * to 3 places), {@code csv} (RFC 4180 with a header) or {@code json} (an array of objects).
   *
   * @throws IllegalArgumentException for another format
   */
  static void print(ResultTable t, String format, PrintWriter out) throws IOException {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "table" -> table(t, out);
      case "csv" -> csv(t, out);
      case "json" -> json(t, out);
      default -> throw new IllegalArgumentException("format must be table, csv or json: " + format);
    }
    out.flush();
  }

  /**
   * Checks a format name before any work is done.
   *
   * @throws IllegalArgumentException unless it is table, csv or json
   */
  static void checkFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("table") && !f.equals("csv") && !f.equals("json")) {
      throw new IllegalArgumentException("format must be table, csv or json: " + format);
    }
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%.3f", d);
    }
    return v.toString();
  }

  private static void table(ResultTable t, PrintWriter out) {
    int n = t.columns().size();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    List<String[]> cells = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      width[c] = t.columns().get(c).length();
      numeric[c] = true;
    }
    for (List<Object> row : t.rows()) {
      String[] r = new String[n];
      for (int c = 0; c < n; c++) {
        Object v = row.get(c);
        r[c] = text(v).replace('\n', ' ').replace('\t', ' ');
        width[c] = Math.max(width[c], r[c].length());
        if (v != null && !(v instanceof Number)) {
          numeric[c] = false;
        }
      }
      cells.add(r);
    }
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < n; c++) {
      pad(line, t.columns().get(c), width[c], numeric[c], c == n - 1);
    }
    out.println(line.toString().stripTrailing());
    for (String[] r : cells) {
      line.setLength(0);
      for (int c = 0; c < n; c++) {
        pad(line, r[c], width[c], numeric[c], c == n - 1);
      }
      out.println(line.toString().stripTrailing());
    }
    if (t.rows().isEmpty()) {
      out.println("(no rows)");
    }
  }

  private static void pad(StringBuilder b, String s, int width, boolean right, boolean last) {
    if (right) {
      b.append(" ".repeat(width - s.length())).append(s);
    } else {
      b.append(s);
      if (!last) {
        b.append(" ".repeat(width - s.length()));
      }
    }
    if (!last) {
      b.append("  ");
    }
  }

  private static void csv(ResultTable t, PrintWriter out) {
    out.print(String.join(",", t.columns()));
    out.print("\r\n");
    for (List<Object> row : t.rows()) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.print(',');
        }
        Object v = row.get(c);
        String s = v == null ? "" : v.toString();
        if (s.indexOf(',') >= 0
            || s.indexOf('"') >= 0
            || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0) {
          s = '"' + s.replace("\"", "\"\"") + '"';
        }
        out.print(s);
      }
      out.print("\r\n");
    }
  }

  private static void json(ResultTable t, PrintWriter out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    g.writeStartArray();
    for (List<Object> row : t.rows()) {
      g.writeStartObject();
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        String name = t.columns().get(c);
        if (v == null) {
          g.writeNullField(name);
        } else if (v instanceof Long l) {
          g.writeNumberField(name, l);
        } else if (v instanceof Double d) {
          g.writeNumberField(name, d);
        } else if (v instanceof LocalDate d) {
          g.writeStringField(name, d.toString());
        } else {
          g.writeStringField(name, v.toString());
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.flush();
    out.println();
  }
}
