package org.faultline.formats.gdelt;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.faultline.core.cameo.ActorCode;
import org.faultline.core.event.Event;
import org.faultline.formats.DatasetActor;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.DatasetWriter;
import org.faultline.formats.TabbedLine;

/**
 * Writes events as GDELT 2.0 event export rows: exactly 61 tab-separated columns, no header, one
 * line per event, blank where Faultline does not know the value.
 *
 * <p>Filled: GLOBALEVENTID (the row id when it is a number, else {@link #globalEventId} of it),
 * SQLDATE, MonthYear, Year, FractionDate, each actor's Code, Name, CountryCode and Type1-3Code (the
 * agent blocks of the code after its country), IsRootEvent (1 for the first sentence of a
 * document), EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions,
 * NumSources, NumArticles (1 for coded events), DATEADDED (the time given to the constructor) and
 * SOURCEURL. Blank: KnownGroupCode, EthnicCode, Religion codes, AvgTone and every geography column.
 * Tabs and line breaks inside names become spaces. Not thread-safe.
 */
public final class GdeltWriter implements DatasetWriter {
  private final Writer out;
  private final String dateAdded;
  private final StringBuilder row = new StringBuilder(512);

  /**
   * @param out where rows go; closed by {@link #close}
   * @param dateAdded the DATEADDED timestamp of every row (read as UTC)
   */
  public GdeltWriter(Writer out, Instant dateAdded) {
    this.out = Objects.requireNonNull(out, "out");
    LocalDateTime t = LocalDateTime.ofInstant(dateAdded, ZoneOffset.UTC);
    this.dateAdded =
        String.format(
            Locale.ROOT,
            "%04d%02d%02d%02d%02d%02d",
            t.getYear(),
            t.getMonthValue(),
            t.getDayOfMonth(),
            t.getHour(),
            t.getMinute(),
            t.getSecond());
  }

  /** Writes a coded event of a document at {@code url}. */
  public void write(Event event, String url) throws IOException {
    write(DatasetEvent.of(event, url, ""));
  }

  @Override
  public void write(DatasetEvent e) throws IOException {
    StringBuilder r = row;
    r.setLength(0);
    r.append(numericId(e.eventId())).append('\t');
    LocalDate d = e.date();
    if (d != null) {
      int y = d.getYear();
      int m = d.getMonthValue();
      int day = d.getDayOfMonth();
      pad(r, y, 4);
      pad(r, m, 2);
      pad(r, day, 2);
      r.append('\t');
      pad(r, y, 4);
      pad(r, m, 2);
      r.append('\t').append(y).append('\t');
      int fraction = (int) Math.round(((m - 1) * 30 + day) / 365.0 * 10000);
      r.append(y).append('.');
      pad(r, Math.min(fraction, 9999), 4);
      r.append('\t');
    } else {
      r.append("\t\t\t\t");
    }
    actor(r, e.source());
    actor(r, e.target());
    Integer idx = e.sentenceIndex();
    r.append(idx == null ? "" : idx == 0 ? "1" : "0").append('\t');
    String code = e.code();
    r.append(code).append('\t');
    r.append(code.length() >= 3 ? code.substring(0, 3) : code).append('\t');
    r.append(
        !e.rootCode().isEmpty() ? e.rootCode() : code.length() >= 2 ? code.substring(0, 2) : "");
    r.append('\t');
    if (e.quadClass() > 0) {
      r.append(e.quadClass());
    }
    r.append('\t');
    if (e.goldstein() != null) {
      r.append(e.goldstein().doubleValue());
    }
    r.append('\t');
    count(r, e.numMentions());
    count(r, e.numSources());
    count(r, e.numArticles());
    r.append('\t'); // AvgTone
    for (int i = 0; i < 24; i++) {
      r.append('\t'); // three geography blocks of eight columns
    }
    r.append(dateAdded).append('\t');
    r.append(TabbedLine.flatten(e.url())).append('\n');
    out.append(r);
  }

  private static void actor(StringBuilder r, DatasetActor a) {
    String code = TabbedLine.flatten(a.code());
    r.append(code).append('\t');
    r.append(TabbedLine.flatten(a.name())).append('\t');
    String country = a.country().isEmpty() ? DatasetActor.countryOf(code) : a.country();
    r.append(TabbedLine.flatten(country)).append('\t');
    r.append("\t\t\t\t"); // KnownGroup, Ethnic, Religion1, Religion2
    int types = 0;
    if (code.length() % 3 == 0) {
      for (int p = 0; p + 3 <= code.length() && types < 3; p += 3) {
        String block = code.substring(p, p + 3);
        if (p == 0 && (ActorCode.UNKNOWN.equals(block) || ActorCode.isKnownCountry(block))) {
          continue;
        }
        r.append(block).append('\t');
        types++;
      }
    }
    for (; types < 3; types++) {
      r.append('\t');
    }
  }

  private static void count(StringBuilder r, Integer n) {
    if (n != null) {
      r.append(n.intValue());
    }
    r.append('\t');
  }

  private static void pad(StringBuilder r, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      r.append('0');
    }
    r.append(s);
  }

  private static String numericId(String id) {
    if (!id.isEmpty() && id.length() <= 18) {
      boolean digits = true;
      for (int i = 0; i < id.length() && digits; i++) {
        digits = id.charAt(i) >= '0' && id.charAt(i) <= '9';
      }
      if (digits) {
        return id;
      }
    }
    return Long.toString(globalEventId(id));
  }

  /**
   * A stable numeric GLOBALEVENTID for a non-numeric event id: the first 63 bits of the SHA-256 of
   * its UTF-8 bytes, so the same event always gets the same number.
   */
  public static long globalEventId(String eventId) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 must be available in every JVM", e);
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
