package org.faultline.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in the test's JVM and finds the shared material, for the CLI's tests. */
final class CliRuns {
  private CliRuns() {}

  /** Result of one CLI run. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  /** A file under ../shared; the test is skipped when it is not there. */
  static Path shared(String relative) {
    for (String base :
        new String[] {System.getProperty("faultline.shared", ""), "../../shared", "../shared"}) {
      if (!base.isEmpty() && Files.isRegularFile(Path.of(base, relative))) {
        return Path.of(base, relative);
      }
    }
    assumeTrue(false, "../shared is not available");
    return null;
  }
}
