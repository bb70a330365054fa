package org.faultline.core.event;

import java.util.Objects;

/**
 * Where coded output came from, recorded with every batch of events.
 *
 * @param program program name and version, e.g. {@code faultline 0.1.0}
 * @param dictionaries combined SHA-256 of the dictionary files used
 * @param model NLP model description (e.g. {@code corenlp 4.5.10 englishSR}), or "given parse"
 */
public record Provenance(String program, String dictionaries, String model) {
  public Provenance {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(dictionaries, "dictionaries");
    Objects.requireNonNull(model, "model");
  }
}
