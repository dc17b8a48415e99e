package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.huifang.core.privacy.Erasure;
import dev.huifang.core.privacy.KeptRecord;
import dev.huifang.core.privacy.PersonalField;
import dev.huifang.core.privacy.RetentionTerms;
import dev.huifang.testing.JsonRoundTrip;
import dev.huifang.testing.Theories;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRetentionTest {

  private final FeedbackLoop loop = LoopGen.loop();

  /** The events of {@code all} the loop accepts, in order: a case's log. */
  private List<CaseEvent> accepted(List<CaseEvent> all) {
    FeedbackCase c = loop.open((CaseEvent.Submitted) all.get(0)).get().feedbackCase();
    for (CaseEvent e : all.subList(1, all.size())) {
      Validation<?, CaseStep> step = loop.apply(c, e);
      if (step.isValid()) {
        c = step.get().feedbackCase();
      }
    }
    return c.events();
  }

  private static FeedbackCase at(FeedbackLoop loop, List<CaseEvent> log, int n) {
    return loop.replay(log.subList(0, n)).get();
  }

  @Test
  void replayOfTheErasedLogHasTheSameStatesOwnersClocksAndTransitions() {
    Theories.qt().forAll(LoopGen.recipes(30), integers().between(0, 60 * 24 * 14),
        integers().between(1, 60 * 24 * 7)).checkAssert((recipes, minutes, keep) -> {
          List<CaseEvent> log = accepted(LoopGen.events(recipes));
          Instant last = log.get(log.size() - 1).at();
          Instant now = last.plus(Duration.ofMinutes(minutes));
          RetentionTerms terms = new RetentionTerms(Duration.ofMinutes(keep),
              Duration.ofMinutes(keep));
          ErasedLog erased = CaseRetention.erase(log, terms, now);
          assertThat(erased.events()).hasSameSizeAs(log);
          for (int n = 1; n <= log.size(); n++) {
            FeedbackCase before = at(loop, log, n);
            FeedbackCase after = at(loop, erased.events(), n);
            assertThat(after.state()).isEqualTo(before.state());
            assertThat(after.owner()).isEqualTo(before.owner());
            assertThat(after.version()).isEqualTo(before.version());
            assertThat(after.routing()).isEqualTo(before.routing());
            assertThat(after.firstResponseAt()).isEqualTo(before.firstResponseAt());
            assertThat(after.resolvedAt()).isEqualTo(before.resolvedAt());
            assertThat(after.closedAt()).isEqualTo(before.closedAt());
            assertThat(after.reopenCount()).isEqualTo(before.reopenCount());
            assertThat(after.escalations()).isEqualTo(before.escalations());
            assertThat(after.escalationTargets()).isEqualTo(before.escalationTargets());
            assertThat(after.pauses()).isEqualTo(before.pauses());
            assertThat(loop.clocks(after, now)).isEqualTo(loop.clocks(before, now));
            // toString shows everything but free text, so it must not change either
            assertThat(after.toString()).isEqualTo(before.toString());
          }
          for (int i = 0; i < log.size(); i++) {
            CaseEvent original = log.get(i);
            CaseEvent kept = erased.events().get(i);
            assertThat(kept.getClass()).isEqualTo(original.getClass());
            assertThat(kept.trigger()).isEqualTo(original.trigger());
            boolean due = !original.at().plus(terms.freeText()).isAfter(now);
            if (due) {
              assertThat(HuifangJsonText.of(kept)).doesNotContain("we are looking into it",
                  "send a replacement crew", "crew on the way", "crew arrived", "thanks",
                  "still short", "it happened again", "out of scope", "which shift?",
                  "the night shift", "fewer workers", "turnout", "store-3");
            } else {
              assertThat(kept).isEqualTo(original);
            }
          }
        });
  }

  @Test
  void erasesFreeTextPastItsPeriodAndKeepsTheRest() {
    List<CaseEvent> log = new ArrayList<>();
    log.add(LoopGen.submitted(LoopGen.CASE, Category.NO_SHOW, T0));
    log.add(EventHeader.id("e-1").of(LoopGen.CASE).by("coord-1", ActorRole.COORDINATOR)
        .at(T0.plus(Duration.ofHours(1)))
        .triaged(Category.NO_SHOW, "owner-1"));
    log.add(EventHeader.id("e-2").of(LoopGen.CASE).by("owner-1", ActorRole.OWNER)
        .at(T0.plus(Duration.ofDays(200)))
        .acknowledged("call 13812345678"));
    List<CaseEvent> live = loop.replay(log).get().events();
    assertThat(CaseRetention.records(live)).containsExactly(
        KeptRecord.of("e-0", T0, java.util.Map.of("subject", PersonalField.FREE_TEXT,
            "place", PersonalField.FREE_TEXT, "description", PersonalField.FREE_TEXT)),
        KeptRecord.of("e-2", T0.plus(Duration.ofDays(200)),
            java.util.Map.of("note", PersonalField.FREE_TEXT)));
    ErasedLog erased = CaseRetention.erase(live, RetentionTerms.defaults(),
        T0.plus(Duration.ofDays(365)));
    assertThat(erased.erasures()).extracting(Erasure::recordId).containsExactly("e-0");
    CaseEvent.Submitted s = (CaseEvent.Submitted) erased.events().get(0);
    assertThat(List.of(s.subject(), s.place(), s.description()))
        .containsOnly(CaseRetention.ERASED);
    assertThat(s.proxies()).containsExactly(ActorId.of("proxy-1"));
    assertThat(s.category()).isEqualTo(Category.NO_SHOW);
    assertThat(erased.events().subList(1, 3)).isEqualTo(live.subList(1, 3));
    FeedbackCase replayed = loop.replay(erased.events()).get();
    assertThat(replayed.state()).isEqualTo(CaseState.ACKNOWLEDGED);
    assertThat(replayed.subject()).isEqualTo(CaseRetention.ERASED);
    JsonRoundTrip.check(erased, ErasedLog.class);
    ErasedLog later = CaseRetention.erase(erased.events(), RetentionTerms.defaults(),
        T0.plus(Duration.ofDays(600)));
    assertThat(((CaseEvent.Acknowledged) later.events().get(2)).note())
        .isEqualTo(CaseRetention.ERASED);
    assertThat(later.erasures().get(1).rule())
        .isEqualTo("free text is kept for 365 days, contact details for 180 days, counted from "
            + "when the record was recorded");
  }

  /** An event as JSON text. */
  private static final class HuifangJsonText {
    static String of(Object value) {
      return dev.huifang.core.json.HuifangJson.write(value);
    }
  }
}
