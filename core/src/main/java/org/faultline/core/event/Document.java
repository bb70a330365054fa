package org.faultline.core.event;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import org.faultline.core.dict.Checksums;

/**
 * A news document as Faultline reads it.
 *
 * @param id stable identifier (from the input, else derived from the content hash)
 * @param date publication date, or null when unknown
 * @param title headline, or ""
 * @param text body text
 * @param url source address, or ""
 * @param source publisher or feed name, or ""
 * @param contentHash SHA-256 of the normalized text, used to recognise the same article again
 */
public record Document(
    String id,
    LocalDate date,
    String title,
    String text,
    String url,
    String source,
    String contentHash) {
  public Document {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /**
   * A document with its content hash computed; a null or blank id becomes {@code sha256:<hash>}.
   */
  public static Document of(
      String id, LocalDate date, String title, String text, String url, String source) {
    String hash = contentHash(text);
    String docId = id == null || id.isBlank() ? "sha256:" + hash.substring(0, 16) : id;
    return new Document(
        docId,
        date,
        title == null ? "" : title,
        text,
        url == null ? "" : url,
        source == null ? "" : source,
        hash);
  }

  /** SHA-256 of the text after Unicode NFC normalization and whitespace collapsing. */
  public static String contentHash(String text) {
    String norm = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    return Checksums.sha256(norm.getBytes(StandardCharsets.UTF_8));
  }
}
