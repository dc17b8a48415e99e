package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.closedloop.CaseEvent.Acknowledged;
import dev.huifang.closedloop.CaseEvent.ActionPlanned;
import dev.huifang.closedloop.CaseEvent.Closed;
import dev.huifang.closedloop.CaseEvent.Confirmed;
import dev.huifang.closedloop.CaseEvent.Declined;
import dev.huifang.closedloop.CaseEvent.InfoProvided;
import dev.huifang.closedloop.CaseEvent.InfoRequested;
import dev.huifang.closedloop.CaseEvent.Rejected;
import dev.huifang.closedloop.CaseEvent.Reopened;
import dev.huifang.closedloop.CaseEvent.Resolved;
import dev.huifang.closedloop.CaseEvent.Submitted;
import dev.huifang.closedloop.CaseEvent.WorkStarted;
import dev.huifang.core.privacy.Erasure;
import dev.huifang.core.privacy.KeptRecord;
import dev.huifang.core.privacy.PersonalField;
import dev.huifang.core.privacy.RetentionTerms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Retention of a case's event log: which events' free text is past its retention period, and the
 * log with that text erased.
 *
 * <p>Rule: erase the text, keep the transition. Each event is kept, with its id, case, actor,
 * role, time, category, owner and every other field the loop decides on; only the free text
 * written by people (a submission's subject, place and description, and the note, plan,
 * resolution, comment, reason, question or answer of the other events) is replaced by
 * {@link #ERASED}. So replaying the erased log gives the same states, owners, clocks and
 * transitions as the original log. Actor ids and proxies are kept: they are the host's
 * pseudonymous ids, and the loop's authorisation needs them on replay. Texts Huifang writes
 * itself (an automatic closure's reason) are not personal and are kept. Pure: the caller passes
 * {@code now} and stores the erased log.
 */
public final class CaseRetention {

  /**
   * What an erased text reads: not blank, so that an erased event stays a valid event, and the
   * same for every field, so that it tells nothing about what was there.
   */
  public static final String ERASED = "[erased]";

  private CaseRetention() {}

  /**
   * Each event of {@code log} as a {@link KeptRecord}: its event id, its time, and its fields of
   * free text ({@link PersonalField#FREE_TEXT}); events without such text are left out.
   */
  public static List<KeptRecord> records(List<CaseEvent> log) {
    List<KeptRecord> out = new ArrayList<>();
    for (CaseEvent event : log) {
      Map<String, PersonalField> fields = new TreeMap<>();
      for (String field : texts(event).keySet()) {
        fields.put(field, PersonalField.FREE_TEXT);
      }
      if (!fields.isEmpty()) {
        out.add(KeptRecord.of(event.eventId().value(), event.at(), fields));
      }
    }
    return out;
  }

  /**
   * The erasures due at {@code now} under {@code terms}, and the log with them applied.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ErasedLog erase(List<CaseEvent> log, RetentionTerms terms, Instant now) {
    requireNonNull(terms, "terms is null");
    requireNonNull(now, "now is null");
    List<Erasure> erasures = terms.erasures(records(log), now);
    return new ErasedLog(erasures, apply(log, erasures));
  }

  /**
   * {@code log} with {@code erasures} applied: in each event whose id an erasure names, the named
   * free-text fields read {@link #ERASED}; other events, and names of fields an event does not
   * have, are left as they are.
   */
  public static List<CaseEvent> apply(List<CaseEvent> log, List<Erasure> erasures) {
    Map<String, Erasure> byEvent = new HashMap<>();
    for (Erasure erasure : erasures) {
      byEvent.put(erasure.recordId(), erasure);
    }
    List<CaseEvent> out = new ArrayList<>(log.size());
    for (CaseEvent event : log) {
      Erasure erasure = byEvent.get(event.eventId().value());
      out.add(erasure == null ? event : erase(event, erasure.fields()));
    }
    return List.copyOf(out);
  }

  /** {@code event} with each of {@code fields} that is free text reading {@link #ERASED}. */
  public static CaseEvent erase(CaseEvent event, Set<String> fields) {
    Map<String, String> texts = texts(event);
    texts.replaceAll((field, text) -> fields.contains(field) ? ERASED : text);
    if (event instanceof Submitted s) {
      return new Submitted(s.eventId(), s.caseId(), s.actor(), s.actorRole(), s.at(), s.source(),
          s.priority(), s.channel(), s.category(), text(texts, "subject"), text(texts, "place"),
          text(texts, "description"), s.proxies(), s.expectedVersion());
    }
    if (event instanceof Acknowledged e) {
      return new Acknowledged(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "note"), e.expectedVersion());
    }
    if (event instanceof ActionPlanned e) {
      return new ActionPlanned(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "plan"), e.expectedVersion());
    }
    if (event instanceof WorkStarted e) {
      return new WorkStarted(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "note"), e.expectedVersion());
    }
    if (event instanceof Resolved e) {
      return new Resolved(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "resolution"), e.expectedVersion());
    }
    if (event instanceof Confirmed e) {
      return new Confirmed(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "comment"), e.expectedVersion());
    }
    if (event instanceof Rejected e) {
      return new Rejected(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "reason"), e.expectedVersion());
    }
    if (event instanceof Closed e) {
      return new Closed(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "note"), e.expectedVersion());
    }
    if (event instanceof Reopened e) {
      return new Reopened(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "reason"), e.expectedVersion());
    }
    if (event instanceof Declined e) {
      return new Declined(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "reason"), e.expectedVersion());
    }
    if (event instanceof InfoRequested e) {
      return new InfoRequested(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "question"), e.expectedVersion());
    }
    if (event instanceof InfoProvided e) {
      return new InfoProvided(e.eventId(), e.caseId(), e.actor(), e.actorRole(), e.at(),
          text(texts, "answer"), e.expectedVersion());
    }
    return event;
  }

  /**
   * The text of {@code field} in {@code texts}, which {@link #texts} filled from the same event,
   * so every field the event has is there.
   */
  private static String text(Map<String, String> texts, String field) {
    return java.util.Objects.requireNonNull(texts.get(field), field);
  }

  /** The free-text fields of {@code event} written by people, by name, in a mutable map. */
  private static Map<String, String> texts(CaseEvent event) {
    Map<String, String> out = new TreeMap<>();
    if (event instanceof Submitted s) {
      out.put("subject", s.subject());
      out.put("place", s.place());
      out.put("description", s.description());
    } else if (event instanceof Acknowledged e) {
      out.put("note", e.note());
    } else if (event instanceof ActionPlanned e) {
      out.put("plan", e.plan());
    } else if (event instanceof WorkStarted e) {
      out.put("note", e.note());
    } else if (event instanceof Resolved e) {
      out.put("resolution", e.resolution());
    } else if (event instanceof Confirmed e) {
      out.put("comment", e.comment());
    } else if (event instanceof Rejected e) {
      out.put("reason", e.reason());
    } else if (event instanceof Closed e) {
      out.put("note", e.note());
    } else if (event instanceof Reopened e) {
      out.put("reason", e.reason());
    } else if (event instanceof Declined e) {
      out.put("reason", e.reason());
    } else if (event instanceof InfoRequested e) {
      out.put("question", e.question());
    } else if (event instanceof InfoProvided e) {
      out.put("answer", e.answer());
    }
    return out;
  }
}
