package org.faultline.formats.icews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Reads ICEWS coded event files into {@link DatasetEvent}s of dataset {@code icews}.
 *
 * <p>The file (each file of a zip archive) must start with the 20-column header {@link #COLUMNS}
 * (case, underscores and dots in names are ignored); a file without it is not ICEWS and fails as a
 * whole. Kept: Event ID as the row id, Event Date, source and target names (as the actor names),
 * their country and sectors mapped to a CAMEO actor code by {@link IcewsActors} (the country name
 * to its code in the actor country field), Event Text as the code name, CAMEO Code, Intensity as
 * the Goldstein value, Story ID as the document id, Sentence Number as the sentence index and
 * Publisher. Quad class and PLOVER mapping come from the code. Not kept: the sector lists
 * themselves and the location columns.
 *
 * <p>CAMEO codes whose leading zero was lost on the way ({@code 42}, {@code 431}) get it back (see
 * {@link #restoreLeadingZero}). A row is rejected when it does not have 20 columns, has no Event
 * ID, a date that is not {@code YYYY-MM-DD}, a code that is not 2-4 digits, or an Intensity outside
 * [-10, 10]. Follows the {@link org.faultline.formats.DatasetReader} contract.
 */
public final class IcewsReader extends LineReader {
  /** The header columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "Event ID",
          "Event Date",
          "Source Name",
          "Source Sectors",
          "Source Country",
          "Event Text",
          "CAMEO Code",
          "Intensity",
          "Target Name",
          "Target Sectors",
          "Target Country",
          "Story ID",
          "Sentence Number",
          "Publisher",
          "City",
          "District",
          "Province",
          "Country",
          "Latitude",
          "Longitude");

  /** The dataset name of ICEWS rows. */
  public static final String DATASET = "icews";

  private static final Provenance PROVENANCE = new Provenance("icews", "", "");

  private final IcewsActors actors = IcewsActors.standard();
  private final TabbedLine cells = new TabbedLine();

  /**
   * @param lines the file; closed with this reader
   * @param rejects where rejected rows are reported
   */
  public IcewsReader(LineSource lines, Consumer<InvalidFormatException> rejects) {
    super(lines, rejects);
  }

  @Override
  public String dataset() {
    return DATASET;
  }

  @Override
  protected boolean header(String line, String source) throws InvalidFormatException {
    TabbedLine c = new TabbedLine().reset(line);
    List<String> got = new ArrayList<>();
    for (int i = 0; i < c.count(); i++) {
      got.add(normal(c.get(i)));
    }
    List<String> want = new ArrayList<>();
    for (String name : COLUMNS) {
      want.add(normal(name));
    }
    if (!got.equals(want)) {
      throw new InvalidFormatException(
          source,
          1,
          "ICEWS header must be the 20 columns "
              + String.join(", ", COLUMNS)
              + ": "
              + line.replace('\t', '|'));
    }
    return true;
  }

  private static String normal(String name) {
    return name.replace('_', ' ').replace('.', ' ').strip().toLowerCase(Locale.ROOT);
  }

  @Override
  protected DatasetEvent parse(String line) {
    TabbedLine c = cells.reset(line);
    if (c.count() != COLUMNS.size()) {
      throw new RowProblem("row must have 20 tab-separated columns: " + c.count());
    }
    String id = c.get(0);
    if (id.isEmpty()) {
      throw new RowProblem("Event ID must not be blank: ''");
    }
    String dateText = c.get(1);
    LocalDate date =
        dateText.length() == 8
            ? TabbedLine.compactDate(dateText, "Event Date")
            : TabbedLine.isoDate(dateText, "Event Date");
    String code = TabbedLine.eventCode(restoreLeadingZero(c.get(6)), "CAMEO Code");
    DatasetEvent.Builder b =
        DatasetEvent.builder(DATASET, id)
            .provenance(PROVENANCE)
            .date(date)
            .source(actor(c, 2))
            .target(actor(c, 8))
            .cameo(code);
    if (!c.isBlank(5)) {
      b.codeName(c.get(5));
    }
    Double intensity = c.numberOrNull(7, "Intensity");
    if (intensity != null) {
      if (intensity < -10 || intensity > 10) {
        throw new RowProblem("Intensity must be in [-10, 10]: " + c.get(7));
      }
      b.goldstein(intensity);
    }
    return b.documentId(c.get(11))
        .sentenceIndex(c.countOrNull(12, "Sentence Number"))
        .publisher(c.get(13))
        .build();
  }

  private DatasetActor actor(TabbedLine c, int first) {
    String name = c.get(first);
    String sectors = c.get(first + 1);
    String country = c.get(first + 2);
    String code = actors.actorCode(country, sectors);
    if (name.isEmpty() && code.isEmpty()) {
      return DatasetActor.NONE;
    }
    return DatasetActor.of(code, name, actors.countryCode(country).orElse(""));
  }

  /**
   * Puts back a leading zero lost by a tool that read the code as a number. ICEWS codes are base or
   * leaf codes of three or four digits, so a two-digit code lost its zero ({@code 42} is {@code
   * 042}), and so did a three-digit code whose first two digits are no root ({@code 431} is {@code
   * 0431}); every four-digit code under roots 01-09 reads that way without its zero.
   */
  static String restoreLeadingZero(String code) {
    if (code.isEmpty() || !code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return code;
    }
    if (code.length() == 2 || (code.length() == 3 && Integer.parseInt(code.substring(0, 2)) > 20)) {
      return "0" + code;
    }
    return code;
  }
}
