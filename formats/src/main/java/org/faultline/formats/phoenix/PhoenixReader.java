package org.faultline.formats.phoenix;

import java.time.LocalDate;
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
 * Reads Phoenix event files into {@link DatasetEvent}s of dataset {@code phoenix}.
 *
 * <p>Kept: EventID as the row id, Date, SourceActorFull and TargetActorFull as the actor codes
 * (their Entity as the country when it is a CAMEO country), EventCode, EventRootCode,
 * GoldsteinScore, SentenceID split into document id and sentence index at its last underscore, URLs
 * and NewsSources. The quad class is the GDELT one of the code's root, 1-4: Phoenix's neutral class
 * 0 for roots 01 and 02 becomes 1, and {@link PhoenixWriter} writes it back as 0. Not kept: Issues
 * and the location columns. A row is rejected when it does not have 26 columns, has no EventID, a
 * Date that is neither blank nor {@code YYYYMMDD}, a code that is not 2-4 digits, a QuadClass
 * outside 0-4 or a GoldsteinScore outside [-10, 10]. Follows the {@link
 * org.faultline.formats.DatasetReader} contract.
 */
public final class PhoenixReader extends LineReader {
  private static final Provenance PROVENANCE = new Provenance("phoenix", "", "");

  private final TabbedLine cells = new TabbedLine();

  /**
   * @param lines the file; closed with this reader
   * @param rejects where rejected rows are reported
   */
  public PhoenixReader(LineSource lines, Consumer<InvalidFormatException> rejects) {
    super(lines, rejects);
  }

  @Override
  public String dataset() {
    return PhoenixFormat.DATASET;
  }

  @Override
  protected boolean header(String line, String source) {
    return line.regionMatches(true, 0, "EventID\t", 0, 8);
  }

  @Override
  protected DatasetEvent parse(String line) {
    TabbedLine c = cells.reset(line);
    if (c.count() != PhoenixFormat.COLUMNS.size()) {
      throw new RowProblem("row must have 26 tab-separated columns: " + c.count());
    }
    String id = c.get(0);
    if (id.isEmpty()) {
      throw new RowProblem("EventID must not be blank: ''");
    }
    LocalDate date = c.isBlank(1) ? null : c.compactDate(1, "Date");
    String code = TabbedLine.eventCode(c.get(13), "EventCode");
    DatasetEvent.Builder b =
        DatasetEvent.builder(PhoenixFormat.DATASET, id)
            .provenance(PROVENANCE)
            .date(date)
            .source(actor(c, 5))
            .target(actor(c, 9))
            .cameo(code);
    if (!c.isBlank(14)) {
      b.rootCode(c.get(14));
    }
    if (!c.isBlank(15)) {
      String q = c.get(15);
      if (q.length() != 1 || q.charAt(0) < '0' || q.charAt(0) > '4') {
        throw new RowProblem("QuadClass must be 0-4: " + q);
      }
    }
    Double goldstein = c.numberOrNull(16, "GoldsteinScore");
    if (goldstein != null) {
      if (goldstein < -10 || goldstein > 10) {
        throw new RowProblem("GoldsteinScore must be in [-10, 10]: " + c.get(16));
      }
      b.goldstein(goldstein);
    }
    String sentenceId = c.get(23);
    int underscore = sentenceId.lastIndexOf('_');
    if (underscore > 0) {
      String number = sentenceId.substring(underscore + 1);
      if (!number.isEmpty()
          && number.length() <= 9
          && number.chars().allMatch(Character::isDigit)) {
        b.documentId(sentenceId.substring(0, underscore)).sentenceIndex(Integer.parseInt(number));
      } else {
        b.documentId(sentenceId);
      }
    } else {
      b.documentId(sentenceId);
    }
    return b.url(c.get(24)).publisher(c.get(25)).build();
  }

  private static DatasetActor actor(TabbedLine c, int first) {
    String code = c.get(first);
    if (code.isEmpty()) {
      return DatasetActor.NONE;
    }
    String entity = c.get(first + 1);
    String country = DatasetActor.countryOf(entity.isEmpty() ? code : entity);
    return DatasetActor.of(code, "", country);
  }
}
