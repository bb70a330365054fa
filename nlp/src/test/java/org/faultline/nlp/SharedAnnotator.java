package org.faultline.nlp;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one annotator the model-loading tests share, so that the models load once per test JVM, and
 * where the shared test material lives.
 */
final class SharedAnnotator {
  /**
   * The tag of tests that load the CoreNLP models (about a minute); run them alone with {@code
   * -Dgroups=models}.
   */
  static final String MODELS = "models";

  /** The default annotator: shift-reduce parser, no NER, 120-token limit. */
  static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

  private SharedAnnotator() {}

  /** The directory of the shared, uncommitted test material ({@code faultline.shared}). */
  static Path shared() {
    return Path.of(System.getProperty("faultline.shared", "../../shared"));
  }

  /** The PETRARCH unit-test records, or null if the shared material is not there. */
  static Path unitTestRecords() {
    Path p = shared().resolve("petrarch-unit-tests/PETR.UnitTest.records.xml");
    return Files.isRegularFile(p) ? p : null;
  }
}
