package org.faultline.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class InvalidFormatExceptionTest {

  @Test
  void theMessageStartsWithSourceAndLine() {
    InvalidFormatException e =
        new InvalidFormatException("actors.txt", 12, "actor code must end with ]: [ARN");

    assertThat(e).hasMessage("actors.txt:12: actor code must end with ]: [ARN");
    assertThat(e.source()).isEqualTo("actors.txt");
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.problem()).isEqualTo("actor code must end with ]: [ARN");
  }

  @Test
  void lineZeroMeansTheWholeFileAndIsLeftOutOfTheMessage() {
    InvalidFormatException e = new InvalidFormatException("verbs.txt", 0, "file must not be empty");

    assertThat(e).hasMessage("verbs.txt: file must not be empty");
    assertThat(e.line()).isZero();
  }

  @Test
  void theCauseIsKept() {
    IOException cause = new IOException("Input length = 1");

    InvalidFormatException e =
        new InvalidFormatException("verbs.txt", 3, "dictionary must be UTF-8", cause);

    assertThat(e).hasCause(cause).hasMessage("verbs.txt:3: dictionary must be UTF-8");
  }

  @Test
  void itIsAnIoExceptionSoReadersCanDeclareOnlyThat() {
    assertThat(new InvalidFormatException("x", 1, "y")).isInstanceOf(IOException.class);
  }

  @Test
  void sourceAndProblemMustNotBeNull() {
    assertThatThrownBy(() -> new InvalidFormatException(null, 1, "y"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source");
    assertThatThrownBy(() -> new InvalidFormatException("x", 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("problem");
  }
}
