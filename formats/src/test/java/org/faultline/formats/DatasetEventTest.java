package org.faultline.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.faultline.core.event.Event;
import org.junit.jupiter.api.Test;

class DatasetEventTest {

  @Test
  void aCodedEventBecomesAFaultlineRowWithOneSourceAndBack() {
    for (Event e : SampleEvents.all()) {
      DatasetEvent row = DatasetEvent.of(e, "https://example.org/a", "Example News");

      assertThat(row.dataset()).isEqualTo("faultline");
      assertThat(row.eventId()).isEqualTo(e.id());
      assertThat(row.numSources()).isEqualTo(1);
      assertThat(row.toEvent()).isEqualTo(e);
    }
  }

  @Test
  void theNullActorCodeBecomesBlankAndTheCountryComesFromTheCode() {
    DatasetEvent row = DatasetEvent.of(SampleEvents.protest(), "", "");

    assertThat(row.target()).isEqualTo(DatasetActor.NONE);
    assertThat(row.source().country()).isEqualTo("CHE");
    assertThat(row.rootCode()).isEqualTo("14");
    assertThat(DatasetEvent.of(SampleEvents.statement(), "", "").source().country()).isEmpty();
  }

  @Test
  void theCameoSetterFillsInWhatTheOntologyKnows() {
    DatasetEvent row = DatasetEvent.builder("gdelt", "1").cameo("0874").build();

    assertThat(row.rootCode()).isEqualTo("08");
    assertThat(row.quadClass()).isEqualTo(2);
    assertThat(row.codeName()).isNotBlank();
    assertThat(row.goldstein()).isNotNull();
    assertThat(DatasetEvent.builder("gdelt", "1").cameo("999").build().quadClass()).isZero();
  }

  @Test
  void invalidFieldsAreRejectedWithTheRuleAndTheValue() {
    assertThatThrownBy(() -> DatasetEvent.builder("GDELT", "1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataset must be lower-case letters, digits or underscores: GDELT");
    assertThatThrownBy(() -> DatasetEvent.builder("gdelt", " ").build())
        .hasMessage("event id must not be blank:  ");
    assertThatThrownBy(() -> DatasetEvent.builder("gdelt", "1").goldstein(11.0).build())
        .hasMessage("goldstein must be in [-10, 10]: 11.0");
    assertThatThrownBy(() -> DatasetEvent.builder("gdelt", "1").quadClass(5).build())
        .hasMessage("quad class must be 0-4: 5");
    assertThatThrownBy(() -> DatasetEvent.builder("gdelt", "1").counts(-1, 1, 1).build())
        .hasMessage("num mentions must be >= 0: -1");
  }

  @Test
  void theFlatTableRowReadsBackToTheSameEvent() {
    for (Event e : SampleEvents.all()) {
      DatasetEvent row = DatasetEvent.of(e, "u", "p");
      Object[] values = FlatTable.values(row);

      assertThat(values).hasSize(FlatTable.COLUMNS.size());
      assertThat(FlatTable.event(values)).isEqualTo(row);
    }
  }
}
