package org.faultline.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "SEOUL, Oct. 25 (Yonhap) -- North Korea fired a missile.",
        "LYON: The police arrested two men.",
        "GAZA CITY, Palestinian Territories: Israeli jets struck the camp.",
        "WASHINGTON (AP) \u2014 The Senate passed the bill.",
        "KYIV, Ukraine \u2013 Russia launched drones overnight."
      })
  void aWireDatelineIsBlankedAndOffsetsAreKept(String text) {
    String blanked = Datelines.blankLeading(text);

    assertThat(blanked).hasSameSizeAs(text);
    assertThat(blanked.substring(0, Datelines.leadingLength(text))).isBlank();
    assertThat(blanked.strip()).isEqualTo(text.substring(Datelines.leadingLength(text)).strip());
    assertThat(blanked.strip()).doesNotContainPattern("^[A-Z]{3,}[,: ]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "North Korea fired a missile on Monday.",
        "Kim said: we will respond.",
        "US-China talks resumed in Geneva.",
        "NATO",
        "UN: Russia must withdraw.",
        ""
      })
  void textWithoutADatelineIsLeftAlone(String text) {
    assertThat(Datelines.leadingLength(text)).isZero();
    assertThat(Datelines.blankLeading(text)).isEqualTo(text);
  }
}
