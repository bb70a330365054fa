package org.faultline.core.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources of the dictionary readers: golden files beside the test classes. */
final class DictionaryFixtures {
  private DictionaryFixtures() {}

  /** The path of a test resource in {@code org/faultline/core/dict}. */
  static Path resource(String name) {
    URL url = DictionaryFixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("test resource must exist: " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resource must be a file: " + name, e);
    }
  }

  /** The SHA-256 of a resource's bytes. */
  static String sha256(Path file) {
    try {
      return Checksums.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
