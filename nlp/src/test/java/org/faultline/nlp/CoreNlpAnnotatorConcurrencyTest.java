package org.faultline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.core.text.AnnotatedSentence;
import org.faultline.core.text.Annotator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Checks that one annotator (one CoreNLP pipeline) gives the same results from many threads. */
@Tag(SharedAnnotator.MODELS)
class CoreNlpAnnotatorConcurrencyTest {
  private static final List<String> TEXTS =
      List.of(
          "Israel said on Monday it would reopen the Rafah crossing.",
          "Hamas rejected the offer, officials in Gaza said. Talks resume next week.",
          "The U.N. Security Council condemned the attack on peacekeepers in Mali.",
          "Russian and Ukrainian negotiators met in Istanbul for a second round of talks.",
          "Protesters clashed with police in Caracas after the disputed election.",
          "China warned the United States against selling arms to Taiwan.",
          "The African Union suspended Niger's membership after the coup.",
          "Pakistan's army chief visited Kabul to discuss border security.",
          "Talks began. " + "The envoy met the general and the mayor and the king. ".repeat(12));

  @Test
  void annotatingFromManyThreadsGivesTheSameParsesAsOneThread() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String t : TEXTS) {
      expected.add(render(SharedAnnotator.ANNOTATOR.annotate(t)));
    }
    int threads = 4;
    int rounds = 20;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread th = new Thread(r, "annotate-test-" + COUNTER.incrementAndGet());
              th.setDaemon(true);
              return th;
            });
    try {
      List<Future<String>> futures = new ArrayList<>();
      List<String> wanted = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < TEXTS.size(); i++) {
          String text = TEXTS.get((i + round) % TEXTS.size());
          wanted.add(expected.get((i + round) % TEXTS.size()));
          futures.add(pool.submit(() -> render(SharedAnnotator.ANNOTATOR.annotate(text))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(wanted.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private static String render(Annotator.Annotation a) {
    StringBuilder sb = new StringBuilder();
    for (AnnotatedSentence s : a.sentences()) {
      sb.append(s.begin()).append(' ').append(s.parse()).append('\n');
    }
    return sb.append(a.skippedLong()).toString();
  }
}
