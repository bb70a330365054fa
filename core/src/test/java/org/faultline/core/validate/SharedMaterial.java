package org.faultline.core.validate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only material in ../shared (PETRARCH unit tests, dev gold) for tests. */
final class SharedMaterial {
  private SharedMaterial() {}

  /** The shared directory: system property faultline.shared, else ../../shared, else ../shared. */
  static Path dir() {
    String prop = System.getProperty("faultline.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    for (String candidate : new String[] {"../../shared", "../shared"}) {
      if (Files.isDirectory(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return null;
  }

  /** A file under the shared directory; the test is skipped when the material is absent. */
  static Path file(String relative) {
    Path d = dir();
    assumeTrue(d != null, "../shared is not available");
    Path f = d.resolve(relative);
    assumeTrue(Files.isRegularFile(f), f + " is not available");
    return f;
  }
}
