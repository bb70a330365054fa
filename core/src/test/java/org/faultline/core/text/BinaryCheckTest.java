package org.faultline.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryCheckTest {
  @Test
  void acceptsUtf8NewsTextWithTabsAndLineBreaks() {
    byte[] text =
        "Pr\u00e9sident Macron met \u00c9douard Philippe.\n\tAnkara \u2014 talks resumed.\r\n"
            .getBytes(StandardCharsets.UTF_8);

    BinaryCheck.Verdict v = BinaryCheck.check(text);

    assertThat(v.binary()).as(v.reason()).isFalse();
    assertThat(v.reason()).startsWith("text: 0 of ");
  }

  @Test
  void rejectsContentWithANulByte() {
    byte[] content = {'P', 'K', 3, 4, 0, 0, 'x'};

    assertThat(BinaryCheck.check(content))
        .isEqualTo(new BinaryCheck.Verdict(true, "contains a NUL byte at offset 4"));
  }

  @Test
  void rejectsBytesThatAreNotUtf8() {
    byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(BinaryCheck.check(latin1))
        .isEqualTo(new BinaryCheck.Verdict(true, "is not valid UTF-8: byte 0xE9 at offset 3"));
  }

  @Test
  void rejectsUtf8CutInTheMiddleOfACharacter() {
    byte[] cut = {'a', 'b', (byte) 0xE2, (byte) 0x80};

    BinaryCheck.Verdict v = BinaryCheck.check(cut);

    assertThat(v.binary()).isTrue();
    assertThat(v.reason()).startsWith("is not valid UTF-8");
  }

  @Test
  void rejectsTextFullOfControlCharacters() {
    String garbled = "%PDF-1.4 \u0001\u0002\u0003\u0004 stream \u0005\u0006\u0007 endstream";

    BinaryCheck.Verdict v = BinaryCheck.check(garbled);

    assertThat(v.binary()).isTrue();
    assertThat(v.reason()).startsWith("7 of 34 characters (20.6%) are control");
  }

  @Test
  void rejectsTextFullOfReplacementCharacters() {
    String mangled = "Pr\ufffd\ufffdsident Erdo\ufffd\ufffdan said \ufffd\ufffd\ufffd.";

    BinaryCheck.Verdict v = BinaryCheck.check(mangled);

    assertThat(v.binary()).isTrue();
    assertThat(v.reason()).endsWith("7 of them U+FFFD");
  }

  @Test
  void toleratesAStrayControlCharacterInALongText() {
    String text = "The minister said talks would resume. ".repeat(10) + "\u0007";

    assertThat(BinaryCheck.check(text).binary()).isFalse();
  }

  @Test
  void theEmptyContentIsNotBinary() {
    assertThat(BinaryCheck.check(new byte[0])).isEqualTo(new BinaryCheck.Verdict(false, "empty"));
  }

  @Test
  void randomBytesAreRejected() {
    Random random = new Random(20240917L);
    for (int i = 0; i < 50; i++) {
      byte[] noise = new byte[256];
      random.nextBytes(noise);
      assertThat(BinaryCheck.check(noise).binary()).isTrue();
    }
  }
}
