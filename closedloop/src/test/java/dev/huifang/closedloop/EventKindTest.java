package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.huifang.core.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every kind of case event is declared once, and the declarations agree with JSON and the machine. */
class EventKindTest {

  private static List<EventKind<?>> kinds() throws ReflectiveOperationException {
    List<EventKind<?>> kinds = new ArrayList<>();
    for (Class<?> type : CaseEvent.class.getPermittedSubclasses()) {
      kinds.add((EventKind<?>) type.getField("KIND").get(null));
    }
    return kinds;
  }

  @Test
  void everyEventRecordDeclaresItsOwnKind() throws ReflectiveOperationException {
    for (Class<?> type : CaseEvent.class.getPermittedSubclasses()) {
      EventKind<?> kind = (EventKind<?>) type.getField("KIND").get(null);
      assertThat(kind.type()).as(type.getSimpleName()).isEqualTo(type);
    }
  }

  @Test
  void namesAreTheJsonTypes() throws ReflectiveOperationException {
    List<String> json = new ArrayList<>();
    List<Class<?>> jsonTypes = new ArrayList<>();
    for (JsonSubTypes.Type t : CaseEvent.class.getAnnotation(JsonSubTypes.class).value()) {
      json.add(t.name());
      jsonTypes.add(t.value());
    }
    assertThat(kinds()).extracting(EventKind::name).containsExactlyInAnyOrderElementsOf(json);
    assertThat(List.of(CaseEvent.class.getPermittedSubclasses()))
        .containsExactlyInAnyOrderElementsOf(jsonTypes);
  }

  @Test
  void everyTriggerIsFiredByExactlyOneKindAndOnlySubmissionHasNone()
      throws ReflectiveOperationException {
    Set<CaseTrigger> fired = EnumSet.noneOf(CaseTrigger.class);
    int withoutTrigger = 0;
    for (EventKind<?> kind : kinds()) {
      CaseTrigger trigger = kind.trigger();
      if (trigger == null) {
        withoutTrigger++;
        assertThat(kind).isSameAs(CaseEvent.Submitted.KIND);
      } else {
        assertThat(fired.add(trigger)).as("%s fired twice", trigger).isTrue();
      }
    }
    assertThat(withoutTrigger).isEqualTo(1);
    assertThat(fired).containsExactlyInAnyOrder(CaseTrigger.values());
  }

  @Test
  void anEventSaysItsOwnWordsAndIsNarrowedOnlyToItsKind() {
    CaseEvent declined = EventHeader.id("e-9").of(CaseId.of("c-1"))
        .by("owner-1", ActorRole.OWNER).at(Instant.parse("2026-03-02T10:00:00Z"))
        .declined("out of scope");
    assertThat(declined.kind()).isSameAs(CaseEvent.Declined.KIND);
    assertThat(declined.trigger()).isEqualTo(CaseTrigger.DECLINE);
    assertThat(declined.kind().says(declined)).isEqualTo("out of scope");
    assertThat(CaseEvent.Declined.KIND.narrow(declined).reason()).isEqualTo("out of scope");
    assertThatThrownBy(() -> CaseEvent.Merged.KIND.narrow(declined))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event e-9 is declined, not merged");
    assertThat(CaseEvent.Merged.KIND).hasToString("merged");
  }
}
