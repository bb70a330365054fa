package org.faultline.core.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PETRARCH validation dictionaries from the shared, uncommitted test material load unchanged.
 * Skipped when the material is not there.
 */
class SharedPetrarchDictionariesTest {
  private Path dir;

  @BeforeEach
  void findSharedMaterial() {
    Path shared = Path.of(System.getProperty("faultline.shared", "../../shared"));
    dir = shared.resolve("petrarch-unit-tests");
    assumeThat(Files.isDirectory(dir)).as("shared PETRARCH material in " + dir).isTrue();
  }

  @Test
  void thePetrarchValidationDictionariesLoadStrictlyWithoutRejectedLines() throws IOException {
    Dictionaries dictionaries =
        Dictionaries.loader(LoadMode.STRICT)
            .verbs(dir.resolve("PETR.Validate.verbs.txt"))
            .actors(dir.resolve("PETR.Validate.actors.txt"))
            .agents(dir.resolve("PETR.Validate.agents.txt"))
            .discards(dir.resolve("PETR.Validate.discards.txt"))
            .build();

    assertThat(dictionaries.rejected()).isEmpty();
    assertThat(dictionaries.reports())
        .extracting(LoadReport::kind)
        .containsExactly("verbs", "actors", "agents", "discards", "lexicon");
    assertThat(dictionaries.reports()).allSatisfy(r -> assertThat(r.entries()).isPositive());
    assertThat(dictionaries.verbs().patternCount()).isPositive();
    assertThat(dictionaries.checksum()).hasSize(64);
  }
}
