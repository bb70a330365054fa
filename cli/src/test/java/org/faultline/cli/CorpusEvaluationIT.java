package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.cli.CliRuns.run;
import static org.faultline.cli.CliRuns.shared;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The corpus evaluations, with floors a change must not fall below: each codes a gold set from its
 * text through CoreNLP. Slow (about 20 s together), so they run as integration tests after the unit
 * tests, in {@code mvn verify} and in CI.
 */
class CorpusEvaluationIT {
  @Test
  void theTeamsNewsGoldStaysAboveItsFloor() {
    Path gold = Path.of("../core/src/test/resources/org/faultline/core/news-gold.jsonl");
    assumeTrue(Files.isRegularFile(gold), "run from the cli module of a checkout");

    assertThat(dyadRoot(run("eval", gold.toString()))).isGreaterThanOrEqualTo(88.0);
  }

  @Test
  void theDevGoldStaysAboveItsFloor() {
    CliRuns.Run r = run("eval", shared("dev-gold/PETR2_GSR_validation.xml").toString());

    assertThat(dyadRoot(r)).isGreaterThanOrEqualTo(64.0);
  }

  /** The dyad + root rate from eval's closing line, in percent. */
  private static double dyadRoot(CliRuns.Run r) {
    assertThat(r.status()).as(r.err()).isZero();
    String[] lines = r.out().strip().split("\n");
    String last = lines[lines.length - 1];
    assertThat(last).startsWith("dyad+root ");
    return Double.parseDouble(last.substring("dyad+root ".length(), last.indexOf('%')));
  }
}
