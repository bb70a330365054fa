package org.faultline.core.coder;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.LoadMode;

/** The hand-written test dictionaries beside the coder tests. */
final class CoderFixtures {
  private CoderFixtures() {}

  /** The path of a test resource in {@code org/faultline/core/coder}. */
  static Path resource(String name) {
    URL url = CoderFixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("test resource must exist: " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resource must be a file: " + name, e);
    }
  }

  /** verbs.txt, actors.txt, agents.txt and discards.txt, loaded strictly. */
  static Dictionaries dictionaries() throws IOException {
    return dictionaries("verbs.txt");
  }

  /**
   * The given verb file with actors.txt, agents.txt and discards.txt, loaded strictly, plus any
   * further actor files.
   */
  static Dictionaries dictionaries(String verbs, String... moreActors) throws IOException {
    return loader(verbs, moreActors).build();
  }

  /** The loader of {@link #dictionaries(String, String...)}, for a test to add files to. */
  static Dictionaries.Loader loader(String verbs, String... moreActors) throws IOException {
    Dictionaries.Loader loader = Dictionaries.loader(LoadMode.STRICT);
    for (String actors : moreActors) {
      loader.actors(resource(actors));
    }
    return loader
        .verbs(resource(verbs))
        .actors(resource("actors.txt"))
        .agents(resource("agents.txt"))
        .discards(resource("discards.txt"));
  }

  /** A coder over the test dictionaries with PETRARCH's default options. */
  static PatternCoder coder() throws IOException {
    return new PatternCoder(dictionaries(), CoderOptions.defaults());
  }
}
