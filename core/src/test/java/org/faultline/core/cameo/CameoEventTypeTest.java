package org.faultline.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoEventTypeTest {

  @Test
  void aLeafCodeKnowsItsRootLevelAndParent() {
    CameoEventType kill =
        CameoEventType.of("1823", "Kill by physical assault", -10.0, Optional.empty());

    assertThat(kill.root()).isEqualTo("18");
    assertThat(kill.rootNumber()).isEqualTo(18);
    assertThat(kill.isRoot()).isFalse();
    assertThat(kill.level()).isEqualTo(4);
    assertThat(kill.parentCode()).contains("182");
    assertThat(kill.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
  }

  @Test
  void aRootCodeHasNoParent() {
    CameoEventType statement =
        CameoEventType.of("01", "Make public statement", 0.0, Optional.empty());

    assertThat(statement.isRoot()).isTrue();
    assertThat(statement.level()).isEqualTo(2);
    assertThat(statement.rootNumber()).isEqualTo(1);
    assertThat(statement.parentCode()).isEmpty();
    assertThat(statement.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
  }

  @ParameterizedTest
  @CsvSource({
    "19x, cameo code must be 2-4 digits: 19x",
    "1, cameo code must be 2-4 digits: 1",
    "19345, cameo code must be 2-4 digits: 19345",
    "'', 'cameo code must be 2-4 digits: '",
    "'\uFF11\uFF19', cameo code must be 2-4 digits: \uFF11\uFF19",
    "21, cameo root must be 01-20: 21",
    "2101, cameo root must be 01-20: 21",
    "00, cameo root must be 01-20: 00"
  })
  void malformedCodesAreRejectedWithTheRule(String code, String message) {
    assertThatThrownBy(() -> CameoEventType.of(code, "Name", 0.0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aNullCodeIsRejected() {
    assertThatThrownBy(() -> CameoEventType.of(null, "Name", 0.0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cameo code must be 2-4 digits: null");
  }

  @Test
  void goldsteinMustLieOnTheScale() {
    assertThatThrownBy(() -> CameoEventType.of("19", "Fight", -10.5, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goldstein must be in [-10, 10]: -10.5");
    assertThatThrownBy(() -> CameoEventType.of("19", "Fight", Double.NaN, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goldstein must be in [-10, 10]: NaN");
  }

  @Test
  void nameMustNotBeBlank() {
    assertThatThrownBy(() -> CameoEventType.of("19", " ", -10.0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cameo name must not be blank: ' '");
  }

  @Test
  void quadClassMustBeTheOneOfTheRoot() {
    assertThatThrownBy(
            () ->
                new CameoEventType(
                    "19", "Fight", -10.0, QuadClass.VERBAL_COOPERATION, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quad class of cameo code 19 must be MATERIAL_CONFLICT: VERBAL_COOPERATION");
  }

  @Test
  void ploverMayBeEmptyButNotNull() {
    assertThatThrownBy(() -> CameoEventType.of("19", "Fight", -10.0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plover mapping must be an Optional, empty if none: null");
  }
}
