package org.faultline.formats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.faultline.core.cameo.CameoEventType;
import org.faultline.core.cameo.CameoOntology;
import org.faultline.core.cameo.PloverMapping;
import org.faultline.core.event.Actor;
import org.faultline.core.event.Event;
import org.faultline.core.event.Mention;
import org.faultline.core.event.Provenance;

/**
 * One event as a flat, dataset-neutral record: a row of the store's {@code events} table and of the
 * CSV export, the output of every dataset reader and the input of every dataset writer.
 *
 * <p>It holds everything of a Faultline {@link Event} (see {@link #of} and {@link #toEvent}) plus
 * what imported datasets add: the dataset name, the dataset's own row id, actor names and
 * countries, mention/source/article counts, the article URL and publisher.
 *
 * <p>Blank conventions, the same in every format: {@code ""} for an unknown text field, {@code
 * null} for an unknown date, number or count, {@code -1} for unknown offsets, {@code 0} for an
 * unknown quad class. Instances are immutable.
 *
 * @param dataset where the row comes from: {@code faultline} for coded events, else the dataset
 *     ({@code gdelt}, {@code gdelt1}, {@code icews}, {@code phoenix}); lower-case letters, digits
 *     and underscores
 * @param eventId the row id, unique within the dataset: {@link Event#id()} for coded events, the
 *     dataset's event id for imports; not blank
 * @param documentId the document (article, story) the event was coded from, or ""
 * @param sentenceIndex index of the sentence in the document as the dataset numbers it, or null
 * @param sentence the sentence text, or ""
 * @param date the event date, or null
 * @param source who acted
 * @param target on whom, {@link DatasetActor#NONE} when there is no target
 * @param verb the words that carried the event, {@code ("", -1, -1)} when unknown
 * @param code CAMEO event code as given ({@code "042"}), or ""
 * @param codeName CAMEO name of the code (or the dataset's event text), or ""
 * @param rootCode two-digit CAMEO root of the code, or ""
 * @param quadClass 1-4, 0 when unknown
 * @param goldstein Goldstein value in [-10, 10], or null
 * @param ploverType PLOVER event type, or ""
 * @param ploverMode PLOVER mode, or ""
 * @param ploverContext PLOVER context, or ""
 * @param reportedBy who reported the event, or null
 * @param pattern the dictionary pattern that matched, or null
 * @param provenance program, dictionaries and model that produced the row
 * @param numMentions mentions of the event, or null
 * @param numSources distinct sources reporting the event, or null
 * @param numArticles articles reporting the event, or null
 * @param url address of the source article, or ""
 * @param publisher publisher or news source of the article, or ""
 */
public record DatasetEvent(
    String dataset,
    String eventId,
    String documentId,
    Integer sentenceIndex,
    String sentence,
    LocalDate date,
    DatasetActor source,
    DatasetActor target,
    Mention verb,
    String code,
    String codeName,
    String rootCode,
    int quadClass,
    Double goldstein,
    String ploverType,
    String ploverMode,
    String ploverContext,
    DatasetActor reportedBy,
    String pattern,
    Provenance provenance,
    Integer numMentions,
    Integer numSources,
    Integer numArticles,
    String url,
    String publisher) {

  /** The dataset name of events coded by Faultline. */
  public static final String FAULTLINE = "faultline";

  /** The verb of an event whose words are not known. */
  public static final Mention NO_VERB = new Mention("", -1, -1);

  /** Validates the components; see the record description for the rules. */
  public DatasetEvent {
    if (!isDatasetName(dataset)) {
      throw new IllegalArgumentException(
          "dataset must be lower-case letters, digits or underscores: " + dataset);
    }
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("event id must not be blank: " + eventId);
    }
    Objects.requireNonNull(documentId, "documentId");
    if (sentenceIndex != null && sentenceIndex < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0: " + sentenceIndex);
    }
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(codeName, "codeName");
    Objects.requireNonNull(rootCode, "rootCode");
    if (quadClass < 0 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 0-4: " + quadClass);
    }
    if (goldstein != null && !(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("goldstein must be in [-10, 10]: " + goldstein);
    }
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(ploverMode, "ploverMode");
    Objects.requireNonNull(ploverContext, "ploverContext");
    Objects.requireNonNull(provenance, "provenance");
    checkCount("num mentions", numMentions);
    checkCount("num sources", numSources);
    checkCount("num articles", numArticles);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(publisher, "publisher");
  }

  /** True for a valid dataset name: lower-case ASCII letters, digits and underscores. */
  public static boolean isDatasetName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static void checkCount(String what, Integer count) {
    if (count != null && count < 0) {
      throw new IllegalArgumentException(what + " must be >= 0: " + count);
    }
  }

  /**
   * The flat record of a coded event: dataset {@code faultline}, row id {@link Event#id()}, one
   * mention, one source, one article. The null actor code {@code ---} becomes "".
   *
   * @param event the coded event
   * @param url the address of its document, or ""
   * @param publisher the publisher of its document, or ""
   */
  public static DatasetEvent of(Event event, String url, String publisher) {
    Objects.requireNonNull(event, "event");
    return builder(FAULTLINE, event.id())
        .documentId(event.documentId())
        .sentenceIndex(event.sentenceIndex())
        .sentence(event.sentence())
        .date(event.date())
        .source(actor(event.source()))
        .target(actor(event.target()))
        .verb(event.verb())
        .code(event.code())
        .codeName(event.codeName())
        .rootCode(
            CameoOntology.standard().resolve(event.code()).map(CameoEventType::root).orElse(""))
        .quadClass(event.quadClass())
        .goldstein(event.goldstein())
        .plover(event.ploverType(), event.ploverMode(), event.ploverContext())
        .reportedBy(event.reportedBy() == null ? null : actor(event.reportedBy()))
        .pattern(event.pattern())
        .provenance(event.provenance())
        .counts(1, 1, 1)
        .url(url == null ? "" : url)
        .publisher(publisher == null ? "" : publisher)
        .build();
  }

  private static DatasetActor actor(Actor actor) {
    String code = actor.isNone() ? "" : actor.code();
    Mention m = actor.mention();
    return m == null
        ? DatasetActor.of(code, "", DatasetActor.countryOf(code))
        : new DatasetActor(code, m.text(), DatasetActor.countryOf(code), m.start(), m.end());
  }

  /**
   * This row as a Faultline event. Exact for rows made by {@link #of}; for imported rows the
   * document id is kept ("" when the dataset has none), a missing sentence index becomes 0, a
   * missing code becomes {@code ---}, and the actor name becomes the mention text.
   */
  public Event toEvent() {
    return new Event(
        documentId,
        sentenceIndex == null ? 0 : sentenceIndex,
        sentence,
        date,
        toActor(source),
        toActor(target),
        verb,
        code,
        codeName,
        goldstein,
        quadClass,
        ploverType,
        ploverMode,
        ploverContext,
        reportedBy == null ? null : toActor(reportedBy),
        pattern,
        provenance);
  }

  private static Actor toActor(DatasetActor a) {
    String code = a.code().isEmpty() ? Actor.NONE.code() : a.code();
    if (a.name().isEmpty() && a.start() < 0) {
      return new Actor(code, null);
    }
    return new Actor(code, new Mention(a.name(), a.start(), a.end()));
  }

  /** A builder for a row of a dataset, with every other field blank. */
  public static Builder builder(String dataset, String eventId) {
    return new Builder(dataset, eventId);
  }

  /**
   * Builds {@link DatasetEvent}s; fields not set stay blank (see the record's blank conventions).
   * Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private final String dataset;
    private final String eventId;
    private String documentId = "";
    private Integer sentenceIndex;
    private String sentence = "";
    private LocalDate date;
    private DatasetActor source = DatasetActor.NONE;
    private DatasetActor target = DatasetActor.NONE;
    private Mention verb = NO_VERB;
    private String code = "";
    private String codeName = "";
    private String rootCode = "";
    private int quadClass;
    private Double goldstein;
    private String ploverType = "";
    private String ploverMode = "";
    private String ploverContext = "";
    private DatasetActor reportedBy;
    private String pattern;
    private Provenance provenance;
    private Integer numMentions;
    private Integer numSources;
    private Integer numArticles;
    private String url = "";
    private String publisher = "";

    private Builder(String dataset, String eventId) {
      this.dataset = dataset;
      this.eventId = eventId;
      this.provenance = new Provenance(dataset, "", "");
    }

    public Builder documentId(String value) {
      documentId = value;
      return this;
    }

    public Builder sentenceIndex(Integer value) {
      sentenceIndex = value;
      return this;
    }

    public Builder sentence(String value) {
      sentence = value;
      return this;
    }

    public Builder date(LocalDate value) {
      date = value;
      return this;
    }

    public Builder source(DatasetActor value) {
      source = value;
      return this;
    }

    public Builder target(DatasetActor value) {
      target = value;
      return this;
    }

    public Builder verb(Mention value) {
      verb = value;
      return this;
    }

    public Builder code(String value) {
      code = value;
      return this;
    }

    public Builder codeName(String value) {
      codeName = value;
      return this;
    }

    public Builder rootCode(String value) {
      rootCode = value;
      return this;
    }

    public Builder quadClass(int value) {
      quadClass = value;
      return this;
    }

    public Builder goldstein(Double value) {
      goldstein = value;
      return this;
    }

    /** Sets the PLOVER event type, mode and context. */
    public Builder plover(String type, String mode, String context) {
      ploverType = type;
      ploverMode = mode;
      ploverContext = context;
      return this;
    }

    /**
     * Sets the event code and fills in what the standard CAMEO ontology knows about it: name, root,
     * quad class, Goldstein value and PLOVER mapping ({@link CameoOntology#resolve}, so {@code
     * 0759} takes the facts of {@code 075}). An unknown code leaves them blank. Call the individual
     * setters afterwards to keep a dataset's own values.
     */
    public Builder cameo(String value) {
      code = value;
      Optional<CameoEventType> type = CameoOntology.standard().resolve(value);
      if (type.isEmpty()) {
        codeName = "";
        rootCode = "";
        quadClass = 0;
        goldstein = null;
        return plover("", "", "");
      }
      CameoEventType t = type.get();
      codeName = t.name();
      rootCode = t.root();
      quadClass = t.quadClass().number();
      goldstein = t.goldstein();
      Optional<PloverMapping> p = t.plover();
      return p.isPresent()
          ? plover(p.get().eventType(), p.get().mode(), p.get().context())
          : plover("", "", "");
    }

    public Builder reportedBy(DatasetActor value) {
      reportedBy = value;
      return this;
    }

    public Builder pattern(String value) {
      pattern = value;
      return this;
    }

    public Builder provenance(Provenance value) {
      provenance = value;
      return this;
    }

    /** Sets the mention, source and article counts. */
    public Builder counts(Integer mentions, Integer sources, Integer articles) {
      numMentions = mentions;
      numSources = sources;
      numArticles = articles;
      return this;
    }

    public Builder url(String value) {
      url = value;
      return this;
    }

    public Builder publisher(String value) {
      publisher = value;
      return this;
    }

    /**
     * The row.
     *
     * @throws IllegalArgumentException if a field breaks the rules of the record
     */
    public DatasetEvent build() {
      return new DatasetEvent(
          dataset,
          eventId,
          documentId,
          sentenceIndex,
          sentence,
          date,
          source,
          target,
          verb,
          code,
          codeName,
          rootCode,
          quadClass,
          goldstein,
          ploverType,
          ploverMode,
          ploverContext,
          reportedBy,
          pattern,
          provenance,
          numMentions,
          numSources,
          numArticles,
          url,
          publisher);
    }
  }
}
