package dev.huifang.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How long kept records may hold personal information: free text for {@link #freeText()}, contact
 * details for {@link #contact()}, both counted from when the record was recorded. Once a period
 * has passed the field is blanked; the record stays, so a case's history still replays (erase the
 * text, keep the transition).
 *
 * <p>The defaults ({@value #DEFAULT_FREE_TEXT_DAYS} days of free text,
 * {@value #DEFAULT_CONTACT_DAYS} days of contact details) are a starting point for the "shortest
 * time necessary" of China's Personal Information Protection Law, not legal advice; hosts set
 * their own. Rule ({@link #validate(Duration, Duration)}): both periods {@code > PT0S}.
 *
 * @param freeText how long free text is kept
 * @param contact how long contact details are kept
 */
public record RetentionTerms(Duration freeText, Duration contact) {

  /** Days free text is kept unless set. */
  public static final int DEFAULT_FREE_TEXT_DAYS = 365;
  /** Days contact details are kept unless set. */
  public static final int DEFAULT_CONTACT_DAYS = 180;

  /**
   * Creates terms from trusted values.
   *
   * @throws NullPointerException if a period is null
   * @throws dev.huifang.core.InvalidModelException if a period is not positive
   */
  @JsonCreator
  public RetentionTerms(@JsonProperty("freeText") Duration freeText,
      @JsonProperty("contact") Duration contact) {
    this.freeText = requireNonNull(freeText, "freeText is null");
    this.contact = requireNonNull(contact, "contact is null");
    checks(freeText, contact).throwIfAny("RetentionTerms");
  }

  /** The default periods: a year of free text, half a year of contact details. */
  public static RetentionTerms defaults() {
    return new RetentionTerms(Duration.ofDays(DEFAULT_FREE_TEXT_DAYS),
        Duration.ofDays(DEFAULT_CONTACT_DAYS));
  }

  /**
   * Terms from untrusted values: every Problem at once, e.g. {@code contact: must be > PT0S, was
   * PT0S}.
   */
  public static Validation<Seq<Problem>, RetentionTerms> validate(Duration freeText,
      Duration contact) {
    return checks(freeText, contact).toValidation(() -> new RetentionTerms(freeText, contact));
  }

  /** How long fields of {@code field}'s class are kept. */
  public Duration period(PersonalField field) {
    return field == PersonalField.FREE_TEXT ? freeText : contact;
  }

  /**
   * The erasures due at {@code asOf}: for every record with at least one personal field whose
   * period has passed ({@code recordedAt + period <= asOf}), the fields to blank, in the order of
   * the records. Pure: the caller passes the time and applies the erasures.
   */
  public List<Erasure> erasures(List<KeptRecord> records, Instant asOf) {
    requireNonNull(asOf, "asOf is null");
    String rule = "free text is kept for " + words(freeText) + ", contact details for "
        + words(contact) + ", counted from when the record was recorded";
    List<Erasure> out = new ArrayList<>();
    for (KeptRecord record : records) {
      TreeSet<String> due = new TreeSet<>();
      Instant earliest = null;
      for (var field : record.fields().entrySet()) {
        Instant at = record.recordedAt().plus(period(field.getValue()));
        if (!at.isAfter(asOf)) {
          due.add(field.getKey());
          earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
        }
      }
      if (earliest != null) {
        out.add(new Erasure(record.id(), due, earliest, rule));
      }
    }
    return out;
  }

  private static String words(Duration period) {
    return period.toSeconds() % 86_400 == 0 && period.toNanosPart() == 0
        ? period.toDays() + " days"
        : period.toString();
  }

  private static Checklist checks(Duration freeText, Duration contact) {
    return Checklist.root().positive("freeText", freeText).positive("contact", contact);
  }
}
