package org.faultline.formats.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.DatasetActor;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.Golden;
import org.faultline.formats.LineSource;
import org.faultline.formats.RejectLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcewsReaderTest {

  static List<DatasetEvent> read(LineSource src, RejectLog rejects) throws IOException {
    List<DatasetEvent> rows = new ArrayList<>();
    try (IcewsReader r = new IcewsReader(src, rejects)) {
      DatasetEvent e;
      while ((e = r.read()) != null) {
        rows.add(e);
      }
    }
    return rows;
  }

  @Test
  void rowsKeepNamesAndMapCountriesAndSectorsToCameoCodes() throws IOException {
    RejectLog rejects = new RejectLog(10);
    List<DatasetEvent> rows = read(LineSource.open(Golden.path("icews/sample.tsv")), rejects);

    assertThat(rows)
        .extracting(DatasetEvent::eventId)
        .containsExactly("926685", "926686", "926687", "926690");
    DatasetEvent first = rows.get(0);
    assertThat(first.dataset()).isEqualTo("icews");
    assertThat(first.date()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(first.source())
        .isEqualTo(DatasetActor.of("ISRMIL", "Israeli Defense Forces", "ISR"));
    assertThat(first.target()).isEqualTo(DatasetActor.of("PSEREB", "Hamas", "PSE"));
    assertThat(first.code()).isEqualTo("190");
    assertThat(first.codeName()).isEqualTo("Use conventional military force");
    assertThat(first.quadClass()).isEqualTo(4);
    assertThat(first.goldstein()).isEqualTo(-10.0);
    assertThat(first.documentId()).isEqualTo("28235806");
    assertThat(first.sentenceIndex()).isEqualTo(1);
    assertThat(first.publisher()).isEqualTo("The Jerusalem Post");
    assertThat(first.ploverType()).isNotBlank();
  }

  @Test
  void lostLeadingZerosAreRestoredAndUnknownCountriesKeepTheName() throws IOException {
    List<DatasetEvent> rows =
        read(LineSource.open(Golden.path("icews/sample.tsv")), new RejectLog(10));

    assertThat(rows.get(1).code()).isEqualTo("010");
    assertThat(rows.get(1).source().code()).isEqualTo("RUSGOV");
    assertThat(rows.get(1).target().code()).isEqualTo("RUSCVL");
    assertThat(rows.get(2).source()).isEqualTo(DatasetActor.of("", "Some Group", ""));
    assertThat(rows.get(2).target()).isEqualTo(DatasetActor.NONE);
    assertThat(rows.get(2).sentenceIndex()).isNull();
    assertThat(rows.get(3).code()).isEqualTo("0234");
    assertThat(rows.get(3).source().code()).isEqualTo("---GOV");
    assertThat(rows.get(3).target().code()).isEqualTo("CODGOV");
  }

  @Test
  void malformedRowsAreReportedByLine() throws IOException {
    RejectLog rejects = new RejectLog(10);
    read(LineSource.open(Golden.path("icews/sample.tsv")), rejects);

    assertThat(rejects.first())
        .extracting(e -> e.line() + ": " + e.problem())
        .containsExactly(
            "5: Event Date must be a valid date YYYY-MM-DD: 1995-13-01",
            "6: row must have 20 tab-separated columns: 19",
            "8: CAMEO Code must be 2-4 digits: 01X");
  }

  @Test
  void aFileWithoutTheIcewsHeaderFailsAsAWhole() {
    String text = "926685\t1995-01-01\n";

    assertThatThrownBy(
            () -> read(LineSource.of(new StringReader(text), "events.tab"), new RejectLog(1)))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("events.tab:1: ICEWS header must be the 20 columns Event ID,");
  }

  @Test
  void headerNamesMayUseUnderscoresOrDotsAndAnyCase() throws IOException {
    String header =
        String.join("\t", IcewsReader.COLUMNS).replace(' ', '_').toUpperCase(Locale.ROOT);

    assertThat(read(LineSource.of(new StringReader(header + "\n"), "x"), new RejectLog(0)))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"42,042", "10,010", "234,0234", "190,190", "0234,0234", "1823,1823", "x1,x1"})
  void aLeadingZeroIsPutBackOnlyWhereTheCodeCannotBeRead(String given, String restored) {
    assertThat(IcewsReader.restoreLeadingZero(given)).isEqualTo(restored);
  }

  @ParameterizedTest
  @CsvSource({
    "Russian Federation,RUS",
    "russia,RUS",
    "Congo (Brazzaville),COG",
    "Brazzaville,COG",
    "Swaziland,SWZ",
    "United States,USA",
    "Occupied Palestinian Territory,PSE"
  })
  void countryNamesResolveCaseInsensitively(String name, String code) {
    assertThat(IcewsActors.standard().countryCode(name)).contains(code);
  }

  @Test
  void sectorsMapByTheFirstSectorWithAKnownKeyword() {
    assertThat(IcewsActors.sectorCode("Unidentified Forces,Police")).contains("COP");
    assertThat(IcewsActors.sectorCode("Government,Military")).contains("GOV");
    assertThat(IcewsActors.sectorCode("Social")).isEmpty();
    assertThat(IcewsActors.standard().actorCode("Atlantis", "")).isEmpty();
  }
}
