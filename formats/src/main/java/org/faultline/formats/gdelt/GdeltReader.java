package org.faultline.formats.gdelt;

import java.util.function.Consumer;
import org.faultline.core.event.Provenance;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.DatasetActor;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.LineReader;
import org.faultline.formats.LineSource;
import org.faultline.formats.RowProblem;
import org.faultline.formats.TabbedLine;

/**
 * Reads GDELT 1.0 or 2.0 event files into {@link DatasetEvent}s of dataset {@code gdelt1} or {@code
 * gdelt}.
 *
 * <p>Kept: GLOBALEVENTID as the row id, SQLDATE as the date, code, name and country code of both
 * actors, EventCode (with CAMEO name and PLOVER mapping looked up), QuadClass, GoldsteinScale,
 * NumMentions, NumSources, NumArticles and SOURCEURL; IsRootEvent 1 becomes sentence index 0. Not
 * kept: the broken-out actor attributes (derivable from the codes), AvgTone, geography and
 * DATEADDED. An actor country left blank by GDELT is taken from the actor code when its first block
 * is a CAMEO country.
 *
 * <p>A row is rejected when it has the wrong number of columns, a GLOBALEVENTID that is not a
 * number, an SQLDATE that is not a valid {@code YYYYMMDD} date, an EventCode that is not 2-4
 * digits, a QuadClass outside 1-4, a GoldsteinScale outside [-10, 10] or counts that are not whole
 * numbers. A first line starting with {@code GLOBALEVENTID} is taken as a header and skipped.
 * Follows the {@link org.faultline.formats.DatasetReader} contract.
 */
public final class GdeltReader extends LineReader {
  private final GdeltVersion version;
  private final Provenance provenance;
  private final TabbedLine cells = new TabbedLine();

  /**
   * @param version the layout of the file
   * @param lines the file; closed with this reader
   * @param rejects where rejected rows are reported
   */
  public GdeltReader(
      GdeltVersion version, LineSource lines, Consumer<InvalidFormatException> rejects) {
    super(lines, rejects);
    this.version = version;
    this.provenance =
        new Provenance(version == GdeltVersion.V1 ? "gdelt 1.0" : "gdelt 2.0", "", "");
  }

  @Override
  public String dataset() {
    return version.dataset();
  }

  @Override
  protected boolean header(String line, String source) {
    return line.regionMatches(true, 0, "GLOBALEVENTID", 0, 13);
  }

  @Override
  protected DatasetEvent parse(String line) {
    TabbedLine c = cells.reset(line);
    int n = c.count();
    if (n < version.minColumns() || n > version.maxColumns()) {
      throw new RowProblem(
          "row must have "
              + (version.minColumns() == version.maxColumns()
                  ? version.minColumns()
                  : version.minColumns() + " or " + version.maxColumns())
              + " tab-separated columns: "
              + n);
    }
    String id = c.get(0);
    if (id.isEmpty() || id.length() > 19 || !digits(id)) {
      throw new RowProblem("GLOBALEVENTID must be a number: " + id);
    }
    String code = TabbedLine.eventCode(c.get(26), "EventCode");
    DatasetEvent.Builder b =
        DatasetEvent.builder(version.dataset(), id)
            .provenance(provenance)
            .date(c.compactDate(1, "SQLDATE"))
            .source(actor(c, 5))
            .target(actor(c, 15))
            .cameo(code);
    if (!c.isBlank(28)) {
      b.rootCode(c.get(28));
    }
    if (!c.isBlank(29)) {
      String q = c.get(29);
      if (q.length() != 1 || q.charAt(0) < '1' || q.charAt(0) > '4') {
        throw new RowProblem("QuadClass must be 1-4: " + q);
      }
      b.quadClass(q.charAt(0) - '0');
    }
    Double goldstein = c.numberOrNull(30, "GoldsteinScale");
    if (goldstein != null) {
      if (goldstein < -10 || goldstein > 10) {
        throw new RowProblem("GoldsteinScale must be in [-10, 10]: " + c.get(30));
      }
      b.goldstein(goldstein);
    }
    if ("1".equals(c.get(25))) {
      b.sentenceIndex(0);
    }
    b.counts(
        c.countOrNull(31, "NumMentions"),
        c.countOrNull(32, "NumSources"),
        c.countOrNull(33, "NumArticles"));
    int urlColumn = version.dateAddedColumn() + 1;
    if (n > urlColumn) {
      b.url(c.get(urlColumn));
    }
    return b.build();
  }

  private static DatasetActor actor(TabbedLine c, int first) {
    String code = c.get(first);
    String name = c.get(first + 1);
    String country = c.get(first + 2);
    if (code.isEmpty() && name.isEmpty() && country.isEmpty()) {
      return DatasetActor.NONE;
    }
    return DatasetActor.of(code, name, country.isEmpty() ? DatasetActor.countryOf(code) : country);
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }
}
