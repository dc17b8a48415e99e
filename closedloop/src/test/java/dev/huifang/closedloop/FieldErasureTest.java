package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.privacy.Erasure;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Erasure field by field: only the named free-text fields read {@code [erased]}; the other
 * texts, the events without free text and the events no erasure names stay as they were.
 */
class FieldErasureTest {

  private static EventHeader.At by(String actor, ActorRole role) {
    return EventHeader.id("e-9").of(CASE).by(actor, role);
  }

  @Test
  void onlyTheNamedFieldsOfASubmissionAreErased() {
    CaseEvent.Submitted s = LoopGen.submitted(CASE, Category.NO_SHOW, T0);
    CaseEvent.Submitted place = (CaseEvent.Submitted) CaseRetention.erase(s, Set.of("place"));
    assertThat(place.place()).isEqualTo(CaseRetention.ERASED);
    assertThat(place.subject()).isEqualTo("turnout");
    assertThat(place.description()).isEqualTo("fewer workers came than promised");
    assertThat(place.eventId()).isEqualTo(s.eventId());
    assertThat(place.proxies()).isEqualTo(s.proxies());
    assertThat(CaseRetention.erase(s, Set.of("note", "answer"))).isEqualTo(s);
  }

  @Test
  void eachKindOfEventErasesItsOwnTextAndKeepsItsKind() {
    List<CaseEvent> events = List.of(
        by("owner-1", ActorRole.OWNER).at(T0).acknowledged("a"),
        by("owner-1", ActorRole.OWNER).at(T0).actionPlanned("b"),
        by("owner-1", ActorRole.OWNER).at(T0).workStarted("c"),
        by("owner-1", ActorRole.OWNER).at(T0).resolved("d"),
        by("client-1", ActorRole.SUBMITTER).at(T0).confirmed("e"),
        by("client-1", ActorRole.SUBMITTER).at(T0).rejected("f"),
        by("coord-1", ActorRole.COORDINATOR).at(T0).closed("g"),
        by("client-1", ActorRole.SUBMITTER).at(T0).reopened("h"),
        by("coord-1", ActorRole.COORDINATOR).at(T0).declined("i"),
        by("owner-1", ActorRole.OWNER).at(T0).infoRequested("j"),
        by("client-1", ActorRole.SUBMITTER).at(T0).infoProvided("k"));
    Set<String> every = Set.of("note", "plan", "resolution", "comment", "reason", "question",
        "answer");
    for (CaseEvent e : events) {
      CaseEvent erased = CaseRetention.erase(e, every);
      assertThat(erased.getClass()).isEqualTo(e.getClass());
      assertThat(erased).as("%s", e).isNotEqualTo(e);
      assertThat(dev.huifang.core.json.HuifangJson.write(erased)).contains("\"[erased]\"");
      assertThat(erased.eventId()).isEqualTo(e.eventId());
      assertThat(erased.at()).isEqualTo(e.at());
      assertThat(erased.actor()).isEqualTo(e.actor());
      assertThat(CaseRetention.erase(e, Set.of("subject"))).as("%s", e).isEqualTo(e);
    }
    assertThat(CaseRetention.records(events)).hasSize(events.size());
  }

  @Test
  void eventsWithoutFreeTextOrNotNamedAreLeftAsTheyAre() {
    CaseEvent triaged = by("coord-1", ActorRole.COORDINATOR).at(T0.plus(Duration.ofHours(1)))
        .triaged(Category.NO_SHOW, "owner-1");
    assertThat(CaseRetention.records(List.of(triaged))).isEmpty();
    assertThat(CaseRetention.erase(triaged, Set.of("note", "reason"))).isSameAs(triaged);
    CaseEvent.Submitted s = LoopGen.submitted(CASE, Category.NO_SHOW, T0);
    Erasure other = new Erasure("e-7", new TreeSet<>(Set.of("subject")), T0, "test");
    assertThat(CaseRetention.apply(List.of(s, triaged), List.of(other)))
        .containsExactly(s, triaged);
    Erasure mine = new Erasure("e-0", new TreeSet<>(Set.of("subject")), T0, "test");
    List<CaseEvent> applied = CaseRetention.apply(List.of(s, triaged), List.of(mine));
    assertThat(((CaseEvent.Submitted) applied.get(0)).subject()).isEqualTo(CaseRetention.ERASED);
    assertThat(((CaseEvent.Submitted) applied.get(0)).place()).isEqualTo("store-3");
    assertThat(applied.get(1)).isSameAs(triaged);
  }
}
