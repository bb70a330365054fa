package org.faultline.formats;

import java.time.LocalDate;
import java.util.List;
import org.faultline.core.event.Mention;
import org.faultline.core.event.Provenance;

/**
 * The flat event table: the columns of a {@link DatasetEvent} in a fixed order, as the CSV export
 * writes them and the store's {@code events} table holds them.
 *
 * <p>{@link #values} gives one row as Java values in {@link #COLUMNS} order: {@code String}, {@code
 * Integer}, {@code Double} or {@code LocalDate}, null for unknown numbers, dates and offsets (an
 * offset of -1 is null), and for the {@code reported_by_*} columns of an event without a reporter
 * and for an absent pattern. {@link #event} reverses it. Immutable helpers, thread-safe.
 */
public final class FlatTable {
  private FlatTable() {}

  /** The column names, snake_case, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "dataset",
          "event_id",
          "document_id",
          "sentence_index",
          "sentence",
          "date",
          "source_code",
          "source_name",
          "source_country",
          "source_start",
          "source_end",
          "target_code",
          "target_name",
          "target_country",
          "target_start",
          "target_end",
          "verb_text",
          "verb_start",
          "verb_end",
          "cameo_code",
          "cameo_name",
          "root_code",
          "quad_class",
          "goldstein",
          "plover_type",
          "plover_mode",
          "plover_context",
          "reported_by_code",
          "reported_by_name",
          "reported_by_country",
          "reported_by_start",
          "reported_by_end",
          "pattern",
          "program",
          "dictionaries",
          "model",
          "num_mentions",
          "num_sources",
          "num_articles",
          "url",
          "publisher");

  /** One row in {@link #COLUMNS} order. */
  public static Object[] values(DatasetEvent e) {
    Object[] v = new Object[COLUMNS.size()];
    int i = 0;
    v[i++] = e.dataset();
    v[i++] = e.eventId();
    v[i++] = e.documentId();
    v[i++] = e.sentenceIndex();
    v[i++] = e.sentence();
    v[i++] = e.date();
    i = actor(v, i, e.source());
    i = actor(v, i, e.target());
    v[i++] = e.verb().text();
    v[i++] = offset(e.verb().start());
    v[i++] = offset(e.verb().end());
    v[i++] = e.code();
    v[i++] = e.codeName();
    v[i++] = e.rootCode();
    v[i++] = e.quadClass();
    v[i++] = e.goldstein();
    v[i++] = e.ploverType();
    v[i++] = e.ploverMode();
    v[i++] = e.ploverContext();
    if (e.reportedBy() == null) {
      i += 5;
    } else {
      i = actor(v, i, e.reportedBy());
    }
    v[i++] = e.pattern();
    v[i++] = e.provenance().program();
    v[i++] = e.provenance().dictionaries();
    v[i++] = e.provenance().model();
    v[i++] = e.numMentions();
    v[i++] = e.numSources();
    v[i++] = e.numArticles();
    v[i++] = e.url();
    v[i] = e.publisher();
    return v;
  }

  private static int actor(Object[] v, int i, DatasetActor a) {
    v[i++] = a.code();
    v[i++] = a.name();
    v[i++] = a.country();
    v[i++] = offset(a.start());
    v[i++] = offset(a.end());
    return i;
  }

  private static Integer offset(int value) {
    return value < 0 ? null : value;
  }

  /**
   * The event of a row given in {@link #COLUMNS} order; null strings read as "".
   *
   * @throws IllegalArgumentException if the row has the wrong length or breaks the rules of {@link
   *     DatasetEvent}
   */
  public static DatasetEvent event(Object[] v) {
    if (v.length != COLUMNS.size()) {
      throw new IllegalArgumentException(
          "flat row must have " + COLUMNS.size() + " values: " + v.length);
    }
    DatasetEvent.Builder b = DatasetEvent.builder(str(v[0]), str(v[1]));
    b.documentId(str(v[2]))
        .sentenceIndex(integer(v[3]))
        .sentence(str(v[4]))
        .date((LocalDate) v[5])
        .source(actor(v, 6))
        .target(actor(v, 11))
        .verb(new Mention(str(v[16]), off(v[17]), off(v[18])))
        .code(str(v[19]))
        .codeName(str(v[20]))
        .rootCode(str(v[21]))
        .quadClass(v[22] == null ? 0 : ((Number) v[22]).intValue())
        .goldstein(v[23] == null ? null : ((Number) v[23]).doubleValue())
        .plover(str(v[24]), str(v[25]), str(v[26]))
        .reportedBy(v[27] == null ? null : actor(v, 27))
        .pattern((String) v[32])
        .provenance(new Provenance(str(v[33]), str(v[34]), str(v[35])))
        .counts(integer(v[36]), integer(v[37]), integer(v[38]))
        .url(str(v[39]))
        .publisher(str(v[40]));
    return b.build();
  }

  private static DatasetActor actor(Object[] v, int i) {
    return new DatasetActor(str(v[i]), str(v[i + 1]), str(v[i + 2]), off(v[i + 3]), off(v[i + 4]));
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  private static Integer integer(Object o) {
    return o == null ? null : ((Number) o).intValue();
  }

  private static int off(Object o) {
    return o == null ? -1 : ((Number) o).intValue();
  }
}
