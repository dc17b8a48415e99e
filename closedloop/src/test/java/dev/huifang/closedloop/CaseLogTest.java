package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huifang.core.Problem;
import dev.huifang.core.json.HuifangJson;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseLogTest {

  private final FeedbackLoop loop = LoopGen.loop();

  private static CaseEvent ack(String id, int hour) {
    return EventHeader.id(id).of(CASE).by("owner-1", ActorRole.OWNER)
        .at(T0.plus(Duration.ofHours(hour)))
        .acknowledged("on it");
  }

  @Test
  void appendLeavesTheOriginalLogAsItWas() {
    CaseLog one = CaseLog.empty().append(ack("e-1", 1));
    CaseLog two = one.append(ack("e-2", 2));
    CaseLog branch = one.append(ack("e-3", 3));
    assertThat(one).extracting(CaseEvent::eventId).containsExactly(EventId.of("e-1"));
    assertThat(two).extracting(CaseEvent::eventId).containsExactly(EventId.of("e-1"), EventId
        .of("e-2"));
    assertThat(branch).extracting(CaseEvent::eventId).containsExactly(EventId.of("e-1"), EventId
        .of("e-3"));
    assertThat(two.containsEventId(EventId.of("e-2"))).isTrue();
    assertThat(one.containsEventId(EventId.of("e-2"))).isFalse();
    assertThat(branch.containsEventId(EventId.of("e-2"))).isFalse();
  }

  @Test
  void equalsAnyListOfTheSameEventsAndIsReadOnly() {
    List<CaseEvent> events = List.of(ack("e-1", 1), ack("e-2", 2));
    CaseLog log = CaseLog.of(events);
    assertThat(log).isEqualTo(events).hasSameHashCodeAs(events);
    assertThat(events).isEqualTo(log);
    assertThat(CaseLog.of(log)).isSameAs(log);
    assertThat(log.get(1).eventId()).isEqualTo(EventId.of("e-2"));
    assertThatThrownBy(() -> log.add(ack("e-3", 3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> log.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void tellsWhetherIdsRepeat() {
    assertThat(CaseLog.of(List.of(ack("e-1", 1), ack("e-2", 2))).hasUniqueIds()).isTrue();
    assertThat(CaseLog.of(List.of(ack("e-1", 1), ack("e-1", 2))).hasUniqueIds()).isFalse();
    assertThat(CaseLog.empty().hasUniqueIds()).isTrue();
  }

  @Test
  void aCaseWhoseJsonRepeatsAnEventIdIsAProblem() {
    FeedbackCase opened = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    FeedbackCase triaged = loop.apply(opened, EventHeader.id("e-1").of(CASE).by("coord-1",
        ActorRole.COORDINATOR).at(T0.plus(Duration.ofHours(1)))
        .triaged(Category.NO_SHOW, "owner-1"))
        .get().feedbackCase();
    ObjectNode json = HuifangJson.newMapper().valueToTree(triaged);
    ArrayNode events = (ArrayNode) json.get("events");
    ((ObjectNode) events.get(1)).put("eventId", events.get(0).get("eventId").asText());
    var read = HuifangJson.read(json.toString(), FeedbackCase.class);
    assertThat(read.isInvalid()).isTrue();
    assertThat(read.getError()).extracting(Problem::code, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.DUPLICATE, "events"));
  }

  @Test
  void aCaseReadFromJsonKeepsItsLogPersistent() {
    FeedbackCase opened = loop.open(LoopGen.submitted(CASE, Category.NO_SHOW, T0)).get()
        .feedbackCase();
    FeedbackCase read = HuifangJson.read(HuifangJson.write(opened), FeedbackCase.class).get();
    assertThat(read).isEqualTo(opened);
    assertThat(read.events()).isInstanceOf(CaseLog.class);
    assertThat(read.events().containsEventId(opened.events().get(0).eventId())).isTrue();
  }
}
