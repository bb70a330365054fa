package org.faultline.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Reads golden files and fixtures from the test resources. */
public final class Golden {
  private Golden() {}

  /** The text of a resource under {@code src/test/resources/org/faultline/formats/}. */
  public static String text(String name) {
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource must exist: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of a resource under {@code src/test/resources/org/faultline/formats/}. */
  public static Path path(String name) {
    try {
      return Paths.get(Golden.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource must exist: " + name, e);
    }
  }
}
