package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.faultline.core.cameo.CameoOntology;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.LoadMode;
import org.faultline.core.dict.LoadReport;
import org.faultline.core.dict.ShippedDictionaries;
import org.faultline.core.dict.VerbDictionary;
import org.faultline.core.event.EventAssembler;
import org.faultline.core.event.Provenance;
import org.faultline.core.pipeline.DocumentCoder;
import org.faultline.core.text.Annotator;
import org.faultline.core.text.BinaryCheck;
import org.faultline.core.text.LanguageCheck;
import org.faultline.nlp.CoreNlpAnnotator;

/**
 * Builds what the coding commands share: dictionaries (shipped, with a user directory on top), the
 * coder with news options, the CoreNLP annotator (loaded lazily on first use) and the document
 * coder with provenance.
 */
final class CodingSetup {
  private CodingSetup() {}

  /** Loads the shipped dictionaries under {@code userDir} (may be null), reporting rejects. */
  static Dictionaries dictionaries(Path userDir, boolean strict, PrintWriter err)
      throws IOException {
    Dictionaries d = ShippedDictionaries.load(strict ? LoadMode.STRICT : LoadMode.LENIENT, userDir);
    for (LoadReport r : d.reports()) {
      for (LoadReport.Problem p : r.rejected()) {
        err.println("faultline: warning: rejected " + p);
      }
    }
    return d;
  }

  /**
   * The annotator, sharing the process's models (loaded on first use), with the verb forms of
   * {@code dicts}, which it tries as the verb of a headline the tagger left without one.
   */
  static Annotator annotator(Dictionaries dicts) {
    VerbDictionary verbs = dicts.verbs();
    return Holder.ANNOTATOR.withVerbs(
        word -> !verbs.entries(word.toUpperCase(Locale.ROOT)).isEmpty());
  }

  private static final class Holder {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  }

  /** The document coder for news with these dictionaries. */
  static DocumentCoder documentCoder(Dictionaries dicts, CoderOptions options) {
    Annotator annotator = annotator(dicts);
    Provenance provenance =
        new Provenance("faultline " + Version.get(), dicts.checksum(), annotator.description());
    return new DocumentCoder(
        annotator,
        new PatternCoder(dicts, options),
        new EventAssembler(CameoOntology.standard(), provenance),
        screen());
  }

  /** Rejects binary and non-English texts with a reason. */
  static Function<String, String> screen() {
    return text -> {
      BinaryCheck.Verdict b = BinaryCheck.check(text);
      if (b.binary()) {
        return "binary: " + b.reason();
      }
      LanguageCheck.Verdict l = LanguageCheck.check(text);
      return l.english() ? null : "language: " + l.reason();
    };
  }
}
