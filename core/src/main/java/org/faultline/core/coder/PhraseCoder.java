package org.faultline.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.faultline.core.dict.ActorDictionary;
import org.faultline.core.dict.AgentCode;
import org.faultline.core.dict.AgentDictionary;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.Lexicon;
import org.faultline.core.dict.Lexicon.WordList;

/**
 * The actor code of a noun phrase: its first actor (narrowed when the same actor is named more
 * narrowly right after it) plus every agent word that is its own, or {@code ---}. With clause
 * structure, a deed done to someone stands for its doer ("the killing of Palestinians by Israeli
 * forces"), an agent word that describes a thing names no one ("military aid"), one tied to
 * something else by a preposition is not the actor's ("Israel's strike on the Iranian consulate"),
 * an armed role adds nothing to an armed group ("Hamas fighters"), and a title adds nothing to a
 * person the dictionary dates ("army chief Abdel Fattah al-Burhan"). One per sentence, for the
 * sentence's date; not thread-safe, like the sentence's coding.
 */
final class PhraseCoder {
  private static final String NULL = PatternCoder.NULL;

  /**
   * Prepositions that, between a role word and an actor after it, make them two parties ("jets to
   * Turkey", "hostages to the Red Cross") rather than one ("officials in Kenya", "troops from
   * Chad").
   */
  private static final Set<String> SEPARATING =
      Set.of("TO", "FOR", "WITH", "AGAINST", "BY", "TOWARD", "TOWARDS", "INTO", "ONTO");

  /**
   * Prepositions that, between an actor and a role word after it, tie the role to something else
   * than the actor ("a strike on the consulate", "a warrant over the deportation of children").
   */
  private static final Set<String> TOPICAL =
      Set.of("ON", "AT", "OVER", "ABOUT", "AMID", "DESPITE", "DURING", "AFTER", "BEFORE");

  /**
   * Prepositions that, between two role words, make the second a place where the first are
   * ("protesters outside parliament", "crowds near the presidential palace").
   */
  private static final Set<String> LANDMARK =
      Set.of("OUTSIDE", "NEAR", "INSIDE", "AROUND", "OPPOSITE", "BESIDE");

  /**
   * Prefixes of a hyphenated word that names a side taken, not who takes it: "pro-Palestinian
   * protesters in London" are British, "anti-American protesters" in Tehran Iranian.
   */
  private static final Set<String> SIDES = Set.of("PRO", "ANTI");

  /** Agent codes of armed actors: military, rebels, insurgents, armed groups. */
  private static final Set<String> ARMED_ROLES = Set.of("MIL", "REB", "INS", "UAF");

  /**
   * Sectors that make a code an armed group's: the armed roles, and also criminal gangs and armed
   * separatists ("a Sinaloa cartel commander", "Arakan Army rebels").
   */
  private static final Set<String> ARMED_GROUPS = Set.of("MIL", "REB", "INS", "UAF", "CRM", "SEP");

  private final Dictionaries dictionaries;
  private final Lexicon lexicon;
  private final boolean clauseStructure;
  private final LocalDate date;

  PhraseCoder(Dictionaries dictionaries, CoderOptions options, LocalDate date) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.lexicon = dictionaries.lexicon();
    this.clauseStructure = options.clauseStructure();
    this.date = date;
  }

  /** The actor code of a noun phrase: its first actor plus every agent, or {@code ---}. */
  String code(List<String> phrase) {
    if (phrase.isEmpty()) {
      return NULL;
    }
    if (clauseStructure) {
      phrase = hyphensSplit(phrase);
    }
    int deed = clauseStructure ? deedOf(phrase) : -1;
    if (deed >= 0) {
      int by = phrase.subList(deed, phrase.size()).indexOf("BY");
      String doer = by < 0 ? NULL : code(phrase.subList(deed + by + 1, phrase.size()));
      if (!doer.equals(NULL)) {
        return doer; // "the killing of Palestinians by Israeli forces" is the forces' deed
      }
    }
    int clause = clauseStructure ? infinitive(phrase) : -1;
    if (clause > 0) {
      String head = code(phrase.subList(0, clause));
      if (!head.equals(NULL)) {
        return head; // "the government's decision to suspend talks with the EU" is the government's
      }
    }
    ActorDictionary.Hit actor = dictionaries.actors().firstActor(phrase, date);
    if (clauseStructure && actor != null) {
      actor = ledBy(phrase, actor);
    }
    if (clauseStructure && actor == null && mishap(phrase)) {
      return NULL; // "a crowd crush": the crowd is what the mishap was of, not who acts
    }
    if (clauseStructure && actor != null && mishapIn(phrase, actor)) {
      return NULL; // "Floods in southern Brazil": the country is where the mishap was
    }
    if (clauseStructure && actor != null) {
      actor = narrower(phrase, actor);
    }
    List<AgentDictionary.Hit> agents =
        dictionaries
            .agents()
            .findAll(
                phrase,
                actor == null ? 0 : actor.start(),
                actor == null ? 0 : actor.start() + actor.length());
    if (agents.isEmpty()) {
      return actor == null ? NULL : actor.code();
    }
    String code = actor == null ? NULL : actor.code();
    // A person the dictionary dates is what his code on the day says, office or none: a title
    // before his name adds nothing ("army chief Abdel Fattah al-Burhan" is SDNGOV, "jailed former
    // prime minister Imran Khan" PAKOPP, "ousted President Mohamed Bazoum" NERELI).
    boolean datedPerson = clauseStructure && actor != null && code.length() >= 6 && dated(actor);
    int lastRole = -1;
    for (AgentDictionary.Hit hit : agents) {
      int after = hit.start() + hit.length();
      if (datedPerson && title(phrase, hit, actor)) {
        continue;
      }
      if (clauseStructure
          && lastRole >= 0
          && hit.start() >= lastRole
          && phrase.subList(lastRole, hit.start()).stream()
              .anyMatch(
                  w -> SEPARATING.contains(w) || TOPICAL.contains(w) || LANDMARK.contains(w))) {
        continue; // "protesters outside parliament" are no lawmakers
      }
      if (clauseStructure
          && after < phrase.size()
          && lexicon.contains(WordList.NOT_ROLES, phrase.get(after))) {
        continue; // "military aid for Ukraine" is aid, not Ukraine's military
      }
      if (clauseStructure
          && actor != null
          && after <= actor.start()
          && hit.start() > 0
          && PatternCoder.POSSESSIVES.contains(phrase.get(hit.start() - 1))) {
        continue; // "the withdrawal of its troops from the city of Kherson": not Kherson's troops
      }
      if (clauseStructure
          && actor != null
          && after <= actor.start()
          && phrase.subList(after, actor.start()).stream().anyMatch(SEPARATING::contains)) {
        continue; // "the bodies of hostages to the Red Cross": the hostages are not its
      }
      if (clauseStructure
          && actor != null
          && hit.start() >= actor.start() + actor.length()
          && phrase.subList(actor.start() + actor.length(), hit.start()).stream()
              .anyMatch(w -> SEPARATING.contains(w) || TOPICAL.contains(w))) {
        // "Israel's strike on the Iranian consulate": the consulate is not Israel's; "a warrant
        // for Putin over the deportation of Ukrainian children": the children are not Putin's
        continue;
      }
      AgentCode agent = hit.entry().code();
      String agc = agent.code();
      if (clauseStructure && ARMED_ROLES.contains(agc) && armedGroup(code)) {
        continue; // "Hamas fighters", "Houthi militants" are the group (PSEREBHMS), no more
      }
      boolean duplicate = false;
      for (int at = 0; at + agc.length() <= code.length(); at += 3) {
        if (code.startsWith(agc, at)) {
          duplicate = true;
          break;
        }
      }
      if (duplicate) {
        break;
      }
      // a prefix sector alone is the whole code ("six aid workers": NGO, not NGO---)
      code = agent.prefix() ? agc + (code.equals(NULL) ? "" : code) : code + agc;
      lastRole = after;
    }
    return code;
  }

  /**
   * True if the agent is a title of the person: before the name with no preposition between
   * ("Sudan's army chief Abdel Fattah al-Burhan", not "the opposition party of Ousmane Sonko").
   */
  private static boolean title(
      List<String> phrase, AgentDictionary.Hit agent, ActorDictionary.Hit person) {
    int after = agent.start() + agent.length();
    return after <= person.start()
        && phrase.subList(after, person.start()).stream()
            .noneMatch(w -> PatternCoder.PREPOSITIONS.contains(w) || w.equals("OF"));
  }

  /** True if the actor's entry gives codes for dates: a person in office for a time. */
  private static boolean dated(ActorDictionary.Hit actor) {
    return actor.entry().codes().stream().anyMatch(c -> !c.unrestricted());
  }

  /** True if the word ends like a participle and names no actor ("LINKED", not "UNITED"). */
  private boolean participle(String word) {
    return word.endsWith("ED") && dictionaries.actors().phrases().startingWith(word).isEmpty();
  }

  /**
   * The actor a state's leadership is named before ("the Russian-led Collective Security Treaty
   * Organization" is the organisation's, not Russia's), or {@code actor}: a first actor that is one
   * word ending in "-LED", followed by another actor with no preposition between. Alone it stays
   * the leader's ("the Saudi-led coalition" is SAU), as it does before a preposition ("the US-led
   * coalition against Islamic State").
   */
  private ActorDictionary.Hit ledBy(List<String> phrase, ActorDictionary.Hit actor) {
    if (actor.length() != 1 || !phrase.get(actor.start()).endsWith("-LED")) {
      return actor;
    }
    ActorDictionary.Hit next = actorAfter(phrase, actor.start() + 1);
    return next == null ? actor : next;
  }

  /**
   * The first actor in the phrase from {@code from} on, with its start counted in the whole phrase,
   * if no preposition, "of" or "and" comes before it; else null.
   */
  private ActorDictionary.Hit actorAfter(List<String> phrase, int from) {
    ActorDictionary.Hit next =
        dictionaries.actors().firstActor(phrase.subList(from, phrase.size()), date);
    if (next == null) {
      return null;
    }
    for (String w : phrase.subList(from, from + next.start())) {
      if (PatternCoder.PREPOSITIONS.contains(w) || w.equals("OF") || w.equals("AND")) {
        return null;
      }
    }
    return new ActorDictionary.Hit(next.entry(), next.code(), from + next.start(), next.length());
  }

  /**
   * The phrase with its hyphenated words split at their hyphens when that names an actor the whole
   * words do not, or a longer one from the same word: "the Abuja-Kaduna highway" is in Nigeria, "a
   * hybrid African Union-United Nations force" is the African Union's; "an intelligence-sharing
   * pact", "Al-Shabaab" and words ending like a participle ("Al-Qaeda-linked rebels", "African
   * Union-mediated talks") stay as written, as do words of a side taken ("pro-Russian", "anti-
   * American").
   */
  List<String> hyphensSplit(List<String> phrase) {
    if (phrase.stream().noneMatch(w -> w.indexOf('-') > 0)) {
      return phrase;
    }
    List<String> split = new ArrayList<>();
    for (String w : phrase) {
      int at = w.indexOf('-');
      if (at > 0
          && at < w.length() - 1
          && !participle(w.substring(w.lastIndexOf('-') + 1))
          && !SIDES.contains(w.substring(0, at))
          && dictionaries.actors().phrases().startingWith(w).isEmpty()) {
        split.addAll(List.of(w.split("-")));
      } else {
        split.add(w);
      }
    }
    ActorDictionary.Hit before = dictionaries.actors().firstActor(phrase, date);
    ActorDictionary.Hit after = dictionaries.actors().firstActor(split, date);
    boolean better =
        after != null
            && (before == null
                || (after.start() == before.start() && after.length() > before.length()));
    return better ? split : phrase;
  }

  /**
   * Where an infinitive clause inside the phrase opens ("to" and a dictionary verb: "the decision
   * to suspend talks"), or -1.
   */
  int infinitive(List<String> phrase) {
    for (int i = 1; i + 1 < phrase.size(); i++) {
      if (phrase.get(i).equals("TO")
          && !dictionaries.verbs().entries(phrase.get(i + 1)).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True if one of the first three words of an uncoded phrase, or its last, is a mishap (the
   * lexicon's {@code mishaps}): "a fire", "the explosion", "a plane crash", "an army helicopter
   * crash".
   */
  boolean mishap(List<String> phrase) {
    return openingMishap(phrase) >= 0
        || clauseStructure
            && !phrase.isEmpty()
            && lexicon.contains(WordList.MISHAPS, phrase.get(phrase.size() - 1));
  }

  /**
   * True if the phrase opens with a mishap (one of its first three words, the lexicon's {@code
   * mishaps}) right before a preposition of place, and its actor is only named after that: "Floods
   * in southern Brazil", "An earthquake in eastern Turkey" name where, not who.
   */
  private boolean mishapIn(List<String> phrase, ActorDictionary.Hit actor) {
    int i = openingMishap(phrase);
    // the mishap is the head, right before its place: not "the flood victims in Libya"
    return i >= 0
        && i < actor.start()
        && PatternCoder.PLACE_PREPOSITIONS.contains(phrase.get(i + 1));
  }

  /** The index of the first mishap among the phrase's first three words, or -1. */
  private int openingMishap(List<String> phrase) {
    for (int i = 0; i < phrase.size() && i < 3; i++) {
      if (lexicon.contains(WordList.MISHAPS, phrase.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True if the code is an armed group's: an international militarized group ({@code IMG...}) or a
   * code with a military, rebel, insurgent, armed-group, criminal or separatist sector after its
   * country.
   */
  boolean armedGroup(String code) {
    if (code.startsWith("IMG")) {
      return true;
    }
    for (int at = 3; at + 3 <= code.length(); at += 3) {
      if (ARMED_GROUPS.contains(code.substring(at, at + 3))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor of a phrase when a later one right after the first is the same actor named more
   * narrowly: "North Korean leader Kim Jong Un" is PRKGOV, not PRK. Only words that are no
   * preposition may come between. An organisation's office right before the dated person who holds
   * it gives way to the person ("UN Secretary-General Antonio Guterres" is IGOUNO).
   */
  ActorDictionary.Hit narrower(List<String> phrase, ActorDictionary.Hit actor) {
    int from = actor.start() + actor.length();
    if (from < phrase.size() && actor.code().startsWith("IGO") && !dated(actor)) {
      // "UN Secretary-General Antonio Guterres": an organisation's office named before the dated
      // person who holds it is that person, whose code on the day says what he is (IGOUNO)
      ActorDictionary.Hit next =
          dictionaries.actors().firstActor(phrase.subList(from, phrase.size()), date);
      if (next != null
          && next.start() == 0
          && dated(next)
          && actor.code().startsWith(next.code())) {
        return new ActorDictionary.Hit(next.entry(), next.code(), from, next.length());
      }
      return actor;
    }
    if (from >= phrase.size() || actor.code().length() != 3) {
      return actor; // only a bare country is narrowed, which keeps the extra lookup rare
    }
    ActorDictionary.Hit next = actorAfter(phrase, from);
    if (next == null
        || next.code().length() <= actor.code().length()
        || !next.code().startsWith(actor.code())
        || next.start() - from > 2) {
      return actor;
    }
    return next;
  }

  /**
   * The index of the word after "of" when a phrase opens with a deed done to someone ("the killing
   * of Palestinians", "the assassination of Hamas leader Ismail Haniyeh": the lexicon's {@code
   * deed-nouns}), or -1.
   */
  int deedOf(List<String> phrase) {
    for (int i = 0; i + 1 < phrase.size() && i < 3; i++) {
      if (lexicon.contains(WordList.DEED_NOUNS, phrase.get(i))) {
        return phrase.get(i + 1).equals("OF") ? i + 2 : -1;
      }
    }
    return -1;
  }
}
