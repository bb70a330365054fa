package org.faultline.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorCodeTest {

  @Test
  void parseSplitsTheCountryFromItsAgents() {
    ActorCode code = ActorCode.parse("PRKMIL");

    assertThat(code.country()).isEqualTo("PRK");
    assertThat(code.agents()).containsExactly("MIL");
    assertThat(code.code()).isEqualTo("PRKMIL");
    assertThat(code).hasToString("PRKMIL").isEqualTo(ActorCode.of("PRK", "MIL"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PRK",
        "PRKMIL",
        "USAGOVMIL",
        "---",
        "---GOV",
        "IGOUNOREFHCR",
        "MORORC",
        "ARN",
        "CHRLDS000"
      })
  void parseAndCodeRoundTrip(String raw) {
    ActorCode code = ActorCode.parse(raw);

    assertThat(code.code()).isEqualTo(raw);
    assertThat(ActorCode.parse(code.code())).isEqualTo(code);
    assertThat(new ActorCode(code.country(), code.agents())).isEqualTo(code);
  }

  @Test
  void withAgentAppendsABlock() {
    ActorCode korea = ActorCode.of("PRK");

    assertThat(korea.agents()).isEmpty();
    assertThat(korea.withAgent("MIL")).isEqualTo(ActorCode.parse("PRKMIL"));
    assertThat(korea.withAgent("GOV").withAgent("MIL").code()).isEqualTo("PRKGOVMIL");
    assertThat(korea.code()).isEqualTo("PRK");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PRKM", "", "PR", "prkmil", "PRKmil", "PR-", "-PR", "PRK---", "---G-V", "PRK MIL", "PRK_ML"
      })
  void malformedCodesAreRejectedWithTheRule(String raw) {
    assertThatThrownBy(() -> ActorCode.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor code must be 3-letter blocks: " + raw);
  }

  @ParameterizedTest
  @NullSource
  void aNullCodeIsRejected(String raw) {
    assertThatThrownBy(() -> ActorCode.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor code must be 3-letter blocks: null");
  }

  @Test
  void malformedBlocksAreRejectedWhenComposing() {
    assertThatThrownBy(() -> ActorCode.of("PR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor country must be 3 upper-case letters or digits, or ---: PR");
    assertThatThrownBy(() -> ActorCode.of("PRK", "mil"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor agent must be 3 upper-case letters or digits: mil");
    assertThatThrownBy(() -> ActorCode.of("PRK").withAgent("---"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor agent must be 3 upper-case letters or digits: ---");
    assertThatThrownBy(() -> new ActorCode("PRK", Arrays.asList("MIL", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor agent must be 3 upper-case letters or digits: null");
    assertThatThrownBy(() -> new ActorCode("PRK", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor agents must be a list, empty if none: null");
  }

  @Test
  void agentsAreCopiedAndUnmodifiable() {
    List<String> agents = new ArrayList<>(List.of("GOV"));
    ActorCode code = new ActorCode("USA", agents);
    agents.add("MIL");

    assertThat(code.code()).isEqualTo("USAGOV");
    assertThatThrownBy(() -> code.agents().add("MIL"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void threeDashesMarkAnUnknownCountry() {
    ActorCode unknown = ActorCode.parse("---GOV");

    assertThat(unknown.isUnknown()).isTrue();
    assertThat(unknown.country()).isEqualTo(ActorCode.UNKNOWN);
    assertThat(unknown.countryCode()).isEmpty();
    assertThat(ActorCode.parse("PRKGOV").isUnknown()).isFalse();
  }

  @Test
  void countryCodeIsPresentOnlyForKnownCountries() {
    assertThat(ActorCode.parse("PRKMIL").countryCode()).contains("PRK");
    assertThat(ActorCode.parse("KSVGOV").countryCode()).contains("KSV");
    assertThat(ActorCode.parse("MORORC").countryCode()).isEmpty();
    assertThat(ActorCode.parse("IGOUNO").countryCode()).isEmpty();
    assertThat(ActorCode.parse("MEA").countryCode()).isEmpty();
  }

  @Test
  void knownCountriesAndAgentsComeFromTheBundledTable() {
    assertThat(ActorCode.isKnownCountry("USA")).isTrue();
    assertThat(ActorCode.isKnownCountry("GON")).isFalse();
    assertThat(ActorCode.isKnownCountry("GOV")).isFalse();
    assertThat(ActorCode.isKnownCountry(null)).isFalse();
    for (String agent : List.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG")) {
      assertThat(ActorCode.isKnownAgent(agent)).as(agent).isTrue();
    }
    assertThat(ActorCode.isKnownAgent("NGO")).isTrue();
    assertThat(ActorCode.isKnownAgent("UNO")).isTrue();
    assertThat(ActorCode.isKnownAgent("MOS")).isTrue();
    assertThat(ActorCode.isKnownAgent("USA")).isFalse();
    assertThat(ActorCode.isKnownAgent("ORC")).isFalse();
    assertThat(ActorCode.isKnownAgent(null)).isFalse();
    assertThat(ActorCode.describe("MIL"))
        .hasValueSatisfying(d -> assertThat(d).contains("Military"));
    assertThat(ActorCode.describe("ORC")).isEmpty();
  }
}
