package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.faultline.cli.CliRuns.run;
import static org.faultline.cli.CliRuns.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of the CLI: exit statuses, one-line errors, outputs. */
class CliTest {
  private static final String NEWS =
      "North Korea accused South Korea on Friday of flying drones over Pyongyang. "
          + "Russia and China held talks in Moscow.";

  @Test
  void validateEndsWithTheClosingLineAndFailsWhileRecordsFail() {
    CliRuns.Run r =
        run("validate", shared("petrarch-unit-tests/PETR.UnitTest.records.xml").toString(), "-q");

    List<String> lines = Arrays.asList(r.out().strip().split("\n"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("276 passed, 3 failed");
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void anUnknownFlagIsOneLineAndStatusTwo() {
    CliRuns.Run r = run("validate", "--no-such-flag", "x.xml");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip().split("\n")[0]).startsWith("faultline: Unknown option");
  }

  @Test
  void aMissingFileIsOneLineNamingItAndNoStackTrace() {
    CliRuns.Run r = run("validate", "no/such/records.xml");

    assertThat(r.status()).isEqualTo(ErrorHandler.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("faultline: no such file: no/such/records.xml");
  }

  @Test
  void aMalformedDictionaryLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path verbs = dir.resolve("my.verbs.txt");
    Files.writeString(
        verbs, "--- ATTACK [190] ---\nATTACK\n- * TANKS [19\n", StandardCharsets.UTF_8);

    CliRuns.Run r = run("dicts", "check", "verbs=" + verbs);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains(verbs + ":3: pattern must end with a [code]");
  }

  @Test
  void codingADirectoryCodesTheGoodDocumentsAndReportsEachBadOneOnOneLine(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("good.txt"), NEWS, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("docs.jsonl"),
        "{\"id\": \"d1\", \"date\": \"2024-10-25\", \"text\": \""
            + NEWS
            + "\"}\n"
            + "{\"id\": \"d2\", \"text\": \n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    Files.write(dir.resolve("image.bin"), binary);
    Files.writeString(
        dir.resolve("french.txt"),
        "Le gouvernement français a annoncé mardi une nouvelle loi sur les retraites, "
            + "que les syndicats ont rejetée lors d'une réunion avec le Premier ministre.",
        StandardCharsets.UTF_8);

    CliRuns.Run r = run("code", dir.toString(), "--date", "2024-10-25");

    assertThat(r.status()).isEqualTo(CodeCommand.SOME_INPUTS_FAILED);
    List<String> errors = Arrays.asList(r.err().strip().split("\n"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("docs.jsonl:2:"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("image.bin"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("french.txt").contains("English"));
    assertThat(errors.get(errors.size() - 1)).contains("coded 2 documents");
    ObjectMapper json = new ObjectMapper();
    List<String> events = Arrays.stream(r.out().split("\n")).filter(s -> !s.isBlank()).toList();
    assertThat(events).isNotEmpty();
    for (String line : events) {
      JsonNode e = json.readTree(line);
      assertThat(e.get("cameo_code").asText()).isNotEmpty();
      assertThat(e.get("sentence").asText()).isNotEmpty();
    }
  }

  @Test
  void gdeltOutputRowsHaveExactly61Columns(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("news.txt");
    Files.writeString(in, NEWS, StandardCharsets.UTF_8);

    CliRuns.Run r = run("code", in.toString(), "--date", "2024-10-25", "--format", "gdelt");

    assertThat(r.status()).isZero();
    List<String> rows = Arrays.stream(r.out().split("\n")).filter(s -> !s.isBlank()).toList();
    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      assertThat(row.split("\t", -1)).hasSize(61);
    }
  }

  @Test
  void theExampleArticleCodesTheTroopDeploymentAndTheDroneAccusation() throws Exception {
    CliRuns.Run r =
        run("code", shared("examples/000_1e1535d741a124f5.txt").toString(), "--date", "2024-10-25");

    assertThat(r.status()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> events =
        Arrays.stream(r.out().split("\n"))
            .filter(s -> !s.isBlank())
            .map(
                s -> {
                  try {
                    return json.readTree(s);
                  } catch (Exception e) {
                    throw new AssertionError(s, e);
                  }
                })
            .toList();
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.at("/source/code").asText()).startsWith("PRK");
              assertThat(e.at("/target/code").asText()).startsWith("RUS");
              assertThat(e.get("cameo_code").asText()).matches("0[67].*");
              assertThat(e.at("/reported_by/code").asText()).isEqualTo("KORSPY");
            });
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.at("/source/code").asText()).startsWith("PRK");
              assertThat(e.at("/target/code").asText()).startsWith("KOR");
              assertThat(e.get("cameo_code").asText()).startsWith("11");
            });
  }
}
