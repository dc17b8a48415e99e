package dev.huifang.closedloop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;

/**
 * The three time limits of a case, measured in business time of the {@link BusinessCalendar}
 * with pauses (waiting on the submitter) left out.
 *
 * <p>Each limit must be strictly positive; a zero or negative limit is a {@link Problem#RANGE}.
 *
 * @param firstResponse from submission to the first answer; default {@link #DEFAULT_FIRST_RESPONSE}
 * @param visibleAction from submission (or reopening) to a visible fix; default
 *     {@link #DEFAULT_VISIBLE_ACTION}
 * @param confirmationWindow how long a silent submitter has before a resolved case closes by
 *     itself; default {@link #DEFAULT_CONFIRMATION_WINDOW}
 */
public record SlaTerms(Duration firstResponse, Duration visibleAction, Duration confirmationWindow) {

  /** Every feedback gets an answer within 48 hours (customer success's rule). */
  public static final Duration DEFAULT_FIRST_RESPONSE = Duration.ofHours(48);
  /** Clients see their suggestion turned into a change within 2 weeks. */
  public static final Duration DEFAULT_VISIBLE_ACTION = Duration.ofDays(14);
  /** A week for the submitter to confirm or reject a fix before the case closes by itself. */
  public static final Duration DEFAULT_CONFIRMATION_WINDOW = Duration.ofDays(7);

  /**
   * Creates the terms.
   *
   * @throws dev.huifang.core.InvalidModelException if a limit is missing, zero or negative
   */
  @JsonCreator
  public SlaTerms(
      @JsonProperty("firstResponse") Duration firstResponse,
      @JsonProperty("visibleAction") Duration visibleAction,
      @JsonProperty("confirmationWindow") Duration confirmationWindow) {
    Checklist.root().positive("firstResponse", firstResponse)
        .positive("visibleAction", visibleAction)
        .positive("confirmationWindow", confirmationWindow)
        .throwIfAny("SlaTerms");
    this.firstResponse = firstResponse;
    this.visibleAction = visibleAction;
    this.confirmationWindow = confirmationWindow;
  }

  /** The domain's defaults: 48 h, 14 days, 7 days. */
  public static SlaTerms defaults() {
    return new SlaTerms(DEFAULT_FIRST_RESPONSE, DEFAULT_VISIBLE_ACTION,
        DEFAULT_CONFIRMATION_WINDOW);
  }

  /**
   * The terms, or a {@link Problem#RANGE} (or {@link Problem#REQUIRED}) per limit that is zero,
   * negative or missing.
   */
  public static Validation<Seq<Problem>, SlaTerms> validate(
      Duration firstResponse, Duration visibleAction, Duration confirmationWindow) {
    return Validated.of(() -> new SlaTerms(firstResponse, visibleAction, confirmationWindow));
  }

  /** The limit of {@code clock}. */
  public Duration limit(SlaClock clock) {
    switch (clock) {
      case FIRST_RESPONSE:
        return firstResponse;
      case VISIBLE_ACTION:
        return visibleAction;
      default:
        return confirmationWindow;
    }
  }
}
