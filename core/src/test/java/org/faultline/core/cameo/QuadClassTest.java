package org.faultline.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuadClassTest {

  @ParameterizedTest
  @CsvSource({
    "1, VERBAL_COOPERATION",
    "5, VERBAL_COOPERATION",
    "6, MATERIAL_COOPERATION",
    "8, MATERIAL_COOPERATION",
    "9, VERBAL_CONFLICT",
    "13, VERBAL_CONFLICT",
    "14, MATERIAL_CONFLICT",
    "20, MATERIAL_CONFLICT"
  })
  void rootsFallIntoTheGdeltQuadClasses(int root, QuadClass expected) {
    assertThat(QuadClass.ofRoot(root)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 21, -1})
  void rootsOutsideOneToTwentyAreRejected(int root) {
    assertThatThrownBy(() -> QuadClass.ofRoot(root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cameo root must be 1-20: " + root);
  }

  @Test
  void quadClassesAreNumberedOneToFourAndFoundByNumber() {
    for (QuadClass quadClass : QuadClass.values()) {
      assertThat(quadClass.number()).isEqualTo(quadClass.ordinal() + 1);
      assertThat(QuadClass.ofNumber(quadClass.number())).isSameAs(quadClass);
    }
    assertThatThrownBy(() -> QuadClass.ofNumber(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quad class must be 1-4: 5");
  }
}
