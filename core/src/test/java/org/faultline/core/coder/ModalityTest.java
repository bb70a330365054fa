package org.faultline.core.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.core.cameo.CameoOntology;
import org.junit.jupiter.api.Test;

class ModalityTest {
  /** Every 2-4 digit code CAMEO knows. */
  private static List<String> everyCode() {
    List<String> codes = new ArrayList<>();
    for (int digits = 2; digits <= 4; digits++) {
      for (int n = 0; n < Math.pow(10, digits); n++) {
        String code = String.format(Locale.ROOT, "%0" + digits + "d", n);
        if (CameoOntology.standard().resolve(code).isPresent()) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  @Test
  void everyIntentDemandAppealThreatAndRefusalIsACameoCode() {
    CameoOntology cameo = CameoOntology.standard();
    for (String code : everyCode()) {
      for (String mapped :
          new String[] {
            Modality.intent(code),
            Modality.demand(code),
            Modality.appeal(code),
            Modality.threat(code),
            Modality.refusal(code)
          }) {
        if (mapped != null) {
          assertThat(cameo.resolve(mapped)).as("%s -> %s", code, mapped).isPresent();
        }
      }
    }
  }

  @Test
  void demandsAndAppealsMirrorIntents() {
    assertThat(Modality.demand("087")).isEqualTo("1056");
    assertThat(Modality.appeal("0863")).isEqualTo("0255");
    assertThat(Modality.demand("045")).isEqualTo("108");
    assertThat(Modality.appeal("045")).isEqualTo("028");
    assertThat(Modality.demand("190")).isEqualTo("100");
    assertThat(Modality.appeal("190")).isEqualTo("020");
  }
}
