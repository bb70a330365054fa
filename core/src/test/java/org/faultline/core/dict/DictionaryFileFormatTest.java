package org.faultline.core.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.faultline.core.io.InvalidFormatException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What all six dictionary kinds share: comments, blank lines, encoding, empty files. */
class DictionaryFileFormatTest {

  /**
   * One small valid text per kind (with trailing comments that must not leak into the entry), a bad
   * line, the number of entries the valid text loads and a check that its entry is usable.
   */
  static Stream<Arguments> kinds() {
    return Stream.of(
        arguments(
            "verbs",
            "--- GOOD [010] --- ; the block\nGOOD # the verb",
            "- * BAD",
            1,
            named("GOOD is a verb", d -> d.verbs().entries("GOOD").size() == 1)),
        arguments(
            "actors",
            "ARNOR [ARN] # a kingdom",
            "\t[]",
            1,
            named(
                "ARNOR is ARN",
                d -> "ARN".equals(d.actors().firstActor(List.of("ARNOR"), null).code()))),
        arguments(
            "agents",
            "OFFICIAL {} [~GOV] ; a role",
            "MINISTER",
            1,
            named(
                "OFFICIAL is an agent",
                d -> d.agents().findAll(List.of("OFFICIAL"), 0, 0).size() == 1)),
        arguments(
            "discards",
            "SOCCER # a sport",
            "+",
            1,
            named("soccer is discarded", d -> d.discards().find("soccer") != null)),
        arguments(
            "issues",
            "refugee [REFUGEES] # an issue",
            "refugee",
            1,
            named(
                "refugee is an issue", d -> d.issues().find("a refugee").containsKey("REFUGEES"))),
        arguments(
            "lexicon",
            "[crowds] # a section\nMOBS # a crowd",
            "[nouns]",
            1,
            named("MOBS is a crowd", d -> d.lexicon().contains(Lexicon.WordList.CROWDS, "MOBS"))));
  }

  /** The report of the file read last (a lexicon file comes after the shipped lexicon). */
  private static LoadReport last(Dictionaries.Loader loader) {
    List<LoadReport> reports = loader.reports();
    return reports.get(reports.size() - 1);
  }

  private static Named<Predicate<Dictionaries>> named(String name, Predicate<Dictionaries> p) {
    return Named.of(name, p);
  }

  private static Dictionaries.Loader read(LoadMode mode, String kind, String text)
      throws IOException {
    return Dictionaries.loader(mode).read(kind, new StringReader(text), "test." + kind);
  }

  private static final String COMMENTS =
      String.join(
          "\n",
          "# a hash comment",
          "; a semicolon comment",
          "<!-- an XML comment on one line -->",
          "<!-- an XML comment",
          "     over three lines",
          "-->",
          "",
          "<!DOCTYPE dictionary>",
          "   ",
          "");

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void commentsAndBlankLinesAreSkippedButLineNumbersStayPhysical(
      String kind, String good, String bad, int entries, Predicate<Dictionaries> usable)
      throws IOException {
    // the good text takes lines 10 (and 11); the bad line comes after an XML comment
    String text = COMMENTS + good + "\n<!-- before the bad line -->\n" + bad + "\n";
    int badLine = 10 + (int) good.lines().count() + 1;

    Dictionaries.Loader loader = read(LoadMode.LENIENT, kind, text);

    LoadReport report = last(loader);
    assertThat(report.kind()).isEqualTo(kind);
    assertThat(report.entries()).isEqualTo(entries);
    assertThat(report.rejected())
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).startsWith("test." + kind + ":" + badLine + ": "));
    assertThat(loader.build()).matches(usable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aByteOrderMarkAtTheStartOfTheFileIsIgnored(
      String kind,
      String good,
      String bad,
      int entries,
      Predicate<Dictionaries> usable,
      @TempDir Path dir)
      throws IOException {
    Dictionaries.Loader fromText = read(LoadMode.STRICT, kind, "\uFEFF" + good + "\n");
    Path file = dir.resolve("bom." + kind);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write((good + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    Dictionaries.Loader fromFile = loadFile(Dictionaries.loader(LoadMode.STRICT), kind, file);

    assertThat(last(fromText).entries()).isEqualTo(entries);
    assertThat(fromText.build()).matches(usable);
    assertThat(last(fromFile).entries()).isEqualTo(entries);
    assertThat(last(fromFile).source()).isEqualTo("bom." + kind);
    assertThat(fromFile.build()).matches(usable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anEmptyFileLoadsNoEntryAndNoError(
      String kind,
      String good,
      String bad,
      int entries,
      Predicate<Dictionaries> usable,
      @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("empty." + kind);
    Files.write(file, new byte[0]);

    for (Dictionaries.Loader loader :
        List.of(
            read(LoadMode.STRICT, kind, ""),
            loadFile(Dictionaries.loader(LoadMode.STRICT), kind, file))) {
      LoadReport report = last(loader);
      assertThat(report.entries()).isZero();
      assertThat(report.lines()).isZero();
      assertThat(report.rejected()).isEmpty();
      assertThat(report.warnings()).isEmpty();
      assertThat(report.sha256()).isEqualTo(Checksums.sha256(new byte[0]));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aFileOfCommentsOnlyLoadsNoEntry(String kind) throws IOException {
    LoadReport report = last(read(LoadMode.STRICT, kind, COMMENTS));

    assertThat(report.entries()).isZero();
    assertThat(report.lines()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void invalidUtf8IsAnInvalidFormatException(
      String kind,
      String good,
      String bad,
      int entries,
      Predicate<Dictionaries> usable,
      @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("latin1." + kind);
    Files.write(file, invalidUtf8OnLineThree(good));

    assertThatThrownBy(() -> loadFile(Dictionaries.loader(LoadMode.LENIENT), kind, file))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> {
              assertThat(e.problem()).startsWith("dictionary must be UTF-8");
              assertThat(e.getMessage()).contains("latin1." + kind);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void invalidUtf8IsReportedAtItsPhysicalLine(
      String kind,
      String good,
      String bad,
      int entries,
      Predicate<Dictionaries> usable,
      @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("latin1." + kind);
    Files.write(file, invalidUtf8OnLineThree(good));

    assertThatThrownBy(() -> loadFile(Dictionaries.loader(LoadMode.LENIENT), kind, file))
        .isInstanceOfSatisfying(
            InvalidFormatException.class, e -> assertThat(e.line()).isEqualTo(3));
  }

  /** Two comment lines, then a Latin-1 "é" (0xE9, not UTF-8) on line 3, then the good text. */
  private static byte[] invalidUtf8OnLineThree(String good) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("# line one\n# line two\n# caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write(("\n" + good + "\n").getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anUnclosedXmlCommentIsAnInvalidFormatException(String kind, String good) {
    String text = good + "\n<!-- never closed\n" + good + "\n";

    assertThatThrownBy(() -> read(LoadMode.LENIENT, kind, text))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("test." + kind + ":")
        .hasMessageEndingWith("XML comment must be closed with -->");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aNulByteIsAnInvalidFormatExceptionAtItsLine(String kind, String good) {
    String text = "# first\n" + "bin\0ary\n" + good + "\n";

    assertThatThrownBy(() -> read(LoadMode.LENIENT, kind, text))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessage("test." + kind + ":2: dictionary must be text: NUL byte");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void errorsInAFileNameItTheSameWayWhateverIsWrong(
      String kind,
      String good,
      String bad,
      int entries,
      Predicate<Dictionaries> usable,
      @TempDir Path dir)
      throws IOException {
    Path badLine = dir.resolve("bad-line." + kind);
    Files.writeString(badLine, good + "\n" + bad + "\n", StandardCharsets.UTF_8);
    Path nul = dir.resolve("nul-byte." + kind);
    Files.writeString(nul, good + "\nbin\0ary\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> loadFile(Dictionaries.loader(LoadMode.STRICT), kind, badLine))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> assertThat(e.source()).isEqualTo("bad-line." + kind));
    assertThatThrownBy(() -> loadFile(Dictionaries.loader(LoadMode.STRICT), kind, nul))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> assertThat(e.source()).isEqualTo("nul-byte." + kind));
  }

  @Test
  void hashAndSemicolonStartACommentOnlyAfterABlankOrABracket() throws IOException {
    String text =
        String.join(
            "\n",
            "AT#T [ATT]",
            "ARNOR [ARN]#no blank needed after a bracket",
            "GONDOR [GON];nor here",
            "DOL;AMROTH [DOL]",
            "");

    Dictionaries dictionaries = read(LoadMode.STRICT, "actors", text).build();

    assertThat(dictionaries.actors().firstActor(List.of("AT#T"), null).code()).isEqualTo("ATT");
    assertThat(dictionaries.actors().firstActor(List.of("ARNOR"), null).code()).isEqualTo("ARN");
    assertThat(dictionaries.actors().firstActor(List.of("GONDOR"), null).code()).isEqualTo("GON");
    assertThat(dictionaries.actors().firstActor(List.of("DOL;AMROTH"), null).code())
        .isEqualTo("DOL");
  }

  @Test
  void anXmlCommentInsideALineKeepsTheTextAroundIt() throws IOException {
    Dictionaries dictionaries =
        read(LoadMode.STRICT, "actors", "ARNOR <!-- the north --> [ARN]\n").build();

    assertThat(dictionaries.actors().firstActor(List.of("ARNOR"), null).code()).isEqualTo("ARN");
  }

  @Test
  void anUnknownKindIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> read(LoadMode.STRICT, "nouns", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dictionary kind must be verbs, actors, agents, discards, issues or lexicon: nouns");
  }

  private static Dictionaries.Loader loadFile(Dictionaries.Loader loader, String kind, Path file)
      throws IOException {
    switch (kind) {
      case "verbs":
        return loader.verbs(file);
      case "actors":
        return loader.actors(file);
      case "agents":
        return loader.agents(file);
      case "discards":
        return loader.discards(file);
      case "issues":
        return loader.issues(file);
      case "lexicon":
        return loader.lexicon(file);
      default:
        throw new IllegalArgumentException("kind must be known: " + kind);
    }
  }
}
