package org.faultline.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PloverMappingTest {

  @Test
  void modeAndContextMayBeEmpty() {
    PloverMapping mapping = PloverMapping.of("ASSAULT");

    assertThat(mapping.eventType()).isEqualTo("ASSAULT");
    assertThat(mapping.mode()).isEmpty();
    assertThat(mapping.context()).isEmpty();
    assertThat(new PloverMapping("CONSULT", "visit", "")).isNotEqualTo(PloverMapping.of("CONSULT"));
  }

  @Test
  void eventTypeMustBeUpperCase() {
    assertThatThrownBy(() -> PloverMapping.of("agree"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plover event type must be upper-case letters: 'agree'");
    assertThatThrownBy(() -> PloverMapping.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plover event type must be upper-case letters: ' '");
    assertThatThrownBy(() -> PloverMapping.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plover event type must be upper-case letters: null");
  }

  @Test
  void modeAndContextAreNeverNullNorPadded() {
    assertThatThrownBy(() -> new PloverMapping("CONSULT", null, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plover mode must be a string, empty if none: null");
    assertThatThrownBy(() -> new PloverMapping("CONSULT", "", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plover context must be a string, empty if none: null");
    assertThatThrownBy(() -> new PloverMapping("CONSULT", "visit ", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plover mode must have no surrounding spaces, tabs or line breaks: 'visit '");
  }
}
