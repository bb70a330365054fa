package org.faultline.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSourceTest {
  @TempDir Path dir;

  private static List<String> lines(LineSource src) throws IOException {
    List<String> out = new ArrayList<>();
    String line;
    while ((line = src.readLine()) != null) {
      out.add(src.source() + ":" + src.lineNumber() + ":" + line);
    }
    return out;
  }

  @Test
  void plainFilesAreReadWithLineNumbers() throws IOException {
    Path f = dir.resolve("a.tsv");
    Files.writeString(f, "one\r\ntwo\nthree", StandardCharsets.UTF_8);

    try (LineSource src = LineSource.open(f)) {
      assertThat(lines(src)).containsExactly(f + ":1:one", f + ":2:two", f + ":3:three");
    }
  }

  @Test
  void gzipFilesAreReadTransparentlyWhateverTheirName() throws IOException {
    Path f = dir.resolve("events.CSV");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("über\nzwei\n".getBytes(StandardCharsets.UTF_8));
    }

    try (LineSource src = LineSource.open(f)) {
      assertThat(lines(src)).containsExactly(f + ":1:über", f + ":2:zwei");
    }
  }

  @Test
  void zipEntriesAreReadInOrderEachNumberedFromOne() throws IOException {
    Path f = dir.resolve("events.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      zip.putNextEntry(new ZipEntry("dir/"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("dir/a.csv"));
      zip.write("a1\na2\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("b.csv"));
      zip.write("b1".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    try (LineSource src = LineSource.open(f)) {
      assertThat(lines(src))
          .containsExactly(f + "!dir/a.csv:1:a1", f + "!dir/a.csv:2:a2", f + "!b.csv:1:b1");
    }
  }

  @Test
  void anEmptyInputHasNoLines() throws IOException {
    Path f = dir.resolve("empty.tsv");
    Files.writeString(f, "");

    try (LineSource src = LineSource.open(f)) {
      assertThat(src.readLine()).isNull();
    }
    try (LineSource src = LineSource.of(new StringReader(""), "text")) {
      assertThat(src.readLine()).isNull();
      assertThat(src.lineNumber()).isZero();
    }
  }
}
