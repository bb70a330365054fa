package org.faultline.core.dict;

import java.util.List;
import java.util.Objects;

/**
 * A named set of words and phrases usable in verb patterns ({@code &CURRENCY}), with nested synsets
 * already expanded and plurals already generated.
 *
 * @param name the name with its leading {@code &}, upper case
 * @param phrases each phrase as a list of upper-case words that must be consecutive
 */
public record Synset(String name, List<List<String>> phrases) {
  public Synset {
    Objects.requireNonNull(name, "name");
    phrases = phrases.stream().map(List::copyOf).toList();
  }
}
