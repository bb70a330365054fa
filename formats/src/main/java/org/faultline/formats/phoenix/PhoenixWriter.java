package org.faultline.formats.phoenix;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.faultline.formats.DatasetActor;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.DatasetWriter;
import org.faultline.formats.TabbedLine;

/**
 * Writes events as Phoenix rows: 26 tab-separated columns, no header, one line per event.
 *
 * <p>Filled: EventID (the row id), Date, Year, Month, Day, for each actor Full (the code), Entity
 * (its first block), Role (its second block) and Attribute (further blocks joined by {@code ;}),
 * EventCode, EventRootCode, QuadClass (0 for roots 01 and 02, as Phoenix does), GoldsteinScore,
 * SentenceID ({@code documentId_sentenceIndex} when both are known, else the document id), URLs and
 * NewsSources (the publisher). Blank: Issues and the location columns. Not thread-safe.
 */
public final class PhoenixWriter implements DatasetWriter {
  private final Writer out;
  private final StringBuilder row = new StringBuilder(256);

  /**
   * @param out where rows go; closed by {@link #close}
   */
  public PhoenixWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void write(DatasetEvent e) throws IOException {
    StringBuilder r = row;
    r.setLength(0);
    r.append(TabbedLine.flatten(e.eventId())).append('\t');
    LocalDate d = e.date();
    if (d == null) {
      r.append("\t\t\t\t");
    } else {
      r.append(
          String.format(
              Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
      r.append('\t').append(d.getYear());
      r.append('\t').append(d.getMonthValue());
      r.append('\t').append(d.getDayOfMonth()).append('\t');
    }
    actor(r, e.source());
    actor(r, e.target());
    r.append(e.code()).append('\t');
    r.append(e.rootCode()).append('\t');
    if (!e.rootCode().isEmpty() || e.quadClass() > 0) {
      r.append(PhoenixFormat.pentaClass(e.rootCode(), e.quadClass()));
    }
    r.append('\t');
    if (e.goldstein() != null) {
      r.append(e.goldstein().doubleValue());
    }
    r.append('\t');
    r.append("\t\t\t\t\t\t"); // Issues, Lat, Lon, LocationName, StateName, CountryCode
    String doc = TabbedLine.flatten(e.documentId());
    if (!doc.isEmpty() && e.sentenceIndex() != null) {
      r.append(doc).append('_').append(e.sentenceIndex().intValue());
    } else {
      r.append(doc);
    }
    r.append('\t');
    r.append(TabbedLine.flatten(e.url())).append('\t');
    r.append(TabbedLine.flatten(e.publisher())).append('\n');
    out.append(r);
  }

  private static void actor(StringBuilder r, DatasetActor a) {
    String code = TabbedLine.flatten(a.code());
    r.append(code).append('\t');
    if (code.length() >= 3 && code.length() % 3 == 0) {
      r.append(code, 0, 3).append('\t');
      if (code.length() >= 6) {
        r.append(code, 3, 6);
      }
      r.append('\t');
      for (int p = 6; p < code.length(); p += 3) {
        if (p > 6) {
          r.append(';');
        }
        r.append(code, p, p + 3);
      }
      r.append('\t');
    } else {
      r.append("\t\t\t");
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
