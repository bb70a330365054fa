package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.formats.RejectLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries over {@code dyads.gdelt.tsv} (ten GDELT rows, 2015) and three coded documents (2024). */
class EventQueriesTest {
  static Store store;
  static EventQueries q;
  static final QueryFilter GDELT = QueryFilter.all().withDataset("gdelt");
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @BeforeAll
  static void fill() throws IOException {
    store = Store.openInMemory();
    store.importFile(ImportFormat.GDELT, Fixtures.resource("dyads.gdelt.tsv"), new RejectLog(0));
    store.ingest(
        List.of(
            Fixtures.document(1, DAY, "Wire A", "USA", "CHN"),
            Fixtures.document(2, DAY, "Wire B", "USA", "CHN"),
            Fixtures.document(3, DAY, "Wire A", "USA", "RUS")));
    q = store.queries();
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  /** The rows as "period events q1 q2 q3 q4 sum" strings. */
  static List<String> series(ResultTable t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(
          t.value(i, "period")
              + " "
              + t.value(i, "events")
              + " "
              + t.value(i, "verbal_cooperation")
              + " "
              + t.value(i, "material_cooperation")
              + " "
              + t.value(i, "verbal_conflict")
              + " "
              + t.value(i, "material_conflict")
              + " "
              + String.format(Locale.ROOT, "%.1f", (Double) t.value(i, "goldstein_sum")));
    }
    return out;
  }

  @Test
  void theMonthlyDyadSeriesCountsQuadClassesAndFillsEmptyMonths() throws IOException {
    ResultTable t = q.dyad("USA", "CHN", false, Period.MONTH, GDELT);

    assertThat(series(t))
        .containsExactly(
            "2015-01-01 3 2 0 0 1 -6.2",
            "2015-02-01 1 0 0 1 0 -2.0",
            "2015-03-01 0 0 0 0 0 0.0",
            "2015-04-01 1 1 0 0 0 8.0");
    assertThat((Double) t.value(0, "goldstein_mean")).isCloseTo(-6.2 / 3, within());
    assertThat(t.value(2, "goldstein_mean")).isNull();
  }

  @Test
  void bothDirectionsAddTheReverseDyad() throws IOException {
    assertThat(series(q.dyad("USA", "CHN", true, Period.MONTH, GDELT)))
        .extracting(s -> s.substring(0, 12))
        .containsExactly("2015-01-01 4", "2015-02-01 1", "2015-03-01 1", "2015-04-01 1");
  }

  @Test
  void aFullCodeMatchesOnlyThatCode() throws IOException {
    assertThat(series(q.dyad("USAGOV", "CHN", false, Period.YEAR, GDELT)))
        .containsExactly("2015-01-01 2 2 0 0 0 3.8");
  }

  @Test
  void oneADayCountsTheSameDateDyadAndCodeOnce() throws IOException {
    assertThat(series(q.dyad("USA", "CHN", false, Period.MONTH, GDELT.withOneADay(true))).get(0))
        .isEqualTo("2015-01-01 2 1 0 0 1 -8.1");
  }

  @Test
  void minSourcesKeepsEventsReportedByEnoughSources() throws IOException {
    assertThat(series(q.dyad("USA", "CHN", false, Period.MONTH, GDELT.withMinSources(2))))
        .containsExactly(
            "2015-01-01 2 1 0 0 1 -8.1",
            "2015-02-01 0 0 0 0 0 0.0",
            "2015-03-01 0 0 0 0 0 0.0",
            "2015-04-01 1 1 0 0 0 8.0");
  }

  @Test
  void minSourcesCountsDistinctPublishersForCodedEvents() throws IOException {
    QueryFilter coded = QueryFilter.all().withDataset("faultline");

    assertThat(q.dyad("USA", "CHN", false, Period.DAY, coded.withMinSources(2)).value(0, "events"))
        .isEqualTo(2L);
    assertThat(q.dyad("USA", "RUS", false, Period.DAY, coded.withMinSources(2)).size()).isZero();
    assertThat(q.dyad("USA", "RUS", false, Period.DAY, coded).value(0, "events")).isEqualTo(1L);
  }

  @Test
  void theSeriesSpansTheRequestedDates() throws IOException {
    ResultTable t =
        q.dyad(
            "USA",
            "CHN",
            false,
            Period.MONTH,
            GDELT.withDates(LocalDate.of(2014, 12, 15), LocalDate.of(2015, 1, 31)));

    assertThat(series(t)).containsExactly("2014-12-01 0 0 0 0 0 0.0", "2015-01-01 3 2 0 0 1 -6.2");
    assertThat(q.dyad("FRA", "GBR", false, Period.MONTH, GDELT).size()).isZero();
  }

  @Test
  void countHonoursDatasetDatesAndACondition() throws IOException {
    assertThat(q.count(QueryFilter.all())).isEqualTo(16);
    assertThat(q.count(GDELT)).isEqualTo(10);
    assertThat(q.count(GDELT.withWhere("quad_class = 1"))).isEqualTo(7);
    assertThat(q.count(QueryFilter.all().withDates(DAY, DAY))).isEqualTo(6);
  }

  @Test
  void topDyadsTopActorsAndTopCodesAreOrderedByCount() throws IOException {
    ResultTable dyads = q.topDyads(GDELT, 3, true);
    assertThat(dyads.rows())
        .extracting(r -> r.get(0) + ">" + r.get(1) + " " + r.get(2))
        .containsExactly("USA>CHN 5", "CHN>USA 2", "GBR>FRA 1");

    ResultTable actors = q.topActors(GDELT, 2, true);
    assertThat(actors.rows())
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3))
        .containsExactly("USA 9 6 3", "CHN 7 2 5");

    ResultTable codes = q.topCodes(GDELT, 1, false);
    assertThat(codes.rows().get(0)).startsWith("042", "Make a visit", 4L);
    assertThat(q.topCodes(GDELT, 1, true).rows().get(0)).startsWith("04", "Consult", 4L);
    assertThat(q.topDyads(GDELT, 1, false).rows().get(0)).startsWith("USAGOV", "CHN", 2L);
  }

  @Test
  void theEventsBehindACellCarryTheirSentenceAndDocument() throws IOException {
    ResultTable gdelt =
        q.events("USA", "CHN", false, Period.MONTH, LocalDate.of(2015, 1, 1), 1, GDELT, 10);
    assertThat(gdelt.rows()).extracting(r -> r.get(2)).containsExactly("1001", "1002");
    assertThat(gdelt.value(0, "url")).isEqualTo("https://news.example.org/1001");

    ResultTable coded = q.events("USA", "CHN", false, Period.DAY, DAY, null, QueryFilter.all(), 10);
    assertThat(coded.size()).isEqualTo(2);
    assertThat(coded.value(0, "document_id")).isEqualTo("doc-1");
    assertThat(coded.value(0, "title")).isEqualTo("Title 1");
    assertThat(coded.value(0, "sentence")).isEqualTo("Sentence 1: USA praised CHN.");
    assertThat(coded.value(0, "url")).isEqualTo("https://news.example.org/doc-1");
  }

  @Test
  void badArgumentsAreRejectedWithTheRule() {
    assertThatThrownBy(() -> q.dyad("us", "CHN", false, Period.MONTH, GDELT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor must be a CAMEO code or a 3-letter country prefix: us");
    assertThatThrownBy(() -> q.count(GDELT.withWhere("no_such_column = 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("where must be a valid SQL condition on the events columns: ");
    assertThatThrownBy(() -> q.count(GDELT.withWhere("1 = 1; DROP TABLE events")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("where must be one SQL condition without semicolons");
    assertThatThrownBy(() -> q.topDyads(GDELT, 0, false)).hasMessage("limit must be >= 1: 0");
    assertThatThrownBy(() -> QueryFilter.all().withMinSources(0))
        .hasMessage("min sources must be >= 1: 0");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
