package org.faultline.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.faultline.core.io.InvalidFormatException;
import org.junit.jupiter.api.Test;

class RejectLogTest {

  @Test
  void everyRejectIsCountedAndTheFirstFewAreKept() {
    RejectLog log = new RejectLog(2);
    for (int line = 1; line <= 5; line++) {
      log.accept(new InvalidFormatException("f.tsv", line, "bad"));
    }

    assertThat(log.count()).isEqualTo(5);
    assertThat(log.first())
        .extracting(InvalidFormatException::getMessage)
        .containsExactly("f.tsv:1: bad", "f.tsv:2: bad");
  }

  @Test
  void aNegativeKeepIsRejected() {
    assertThatThrownBy(() -> new RejectLog(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rejects to keep must be >= 0: -1");
  }
}
