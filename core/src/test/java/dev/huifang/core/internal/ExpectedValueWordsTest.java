package dev.huifang.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.huifang.core.TaskStage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a value of each Java type must be, in a user's words and never a Java name. */
class ExpectedValueWordsTest {

  /** Stands for a model with a nested builder, as Immutables generates. */
  static final class ImmutableCaseEvent {
    static final class Submitted {
      static final class Json {}
    }

    static final class Builder {}
  }

  /** Named Immutable and nothing else. */
  static final class Immutable {}

  @Test
  void scalarsAreNamedByWhatJsonWrites() {
    assertThat(JsonFailures.describe(null)).isEqualTo("a valid value");
    assertThat(JsonFailures.describe("not a type")).isEqualTo("a valid value");
    assertThat(JsonFailures.describe(TaskStage.class)).isEqualTo("one of [EARLY, MID, END]");
    for (Class<?> whole : List.of(int.class, Integer.class, long.class, Long.class, short.class,
        Short.class)) {
      assertThat(JsonFailures.describe(whole)).as(whole.getName()).isEqualTo("a whole number");
    }
    for (Class<?> number : List.of(double.class, Double.class, float.class, Float.class,
        BigDecimal.class, byte.class, char.class)) {
      assertThat(JsonFailures.describe(number)).as(number.getName()).isEqualTo("a number");
    }
    assertThat(JsonFailures.describe(String.class)).isEqualTo("text");
    assertThat(JsonFailures.describe(CharSequence.class)).isEqualTo("text");
    assertThat(JsonFailures.describe(boolean.class)).isEqualTo("true or false");
    assertThat(JsonFailures.describe(Boolean.class)).isEqualTo("true or false");
    assertThat(JsonFailures.describe(Instant.class))
        .isEqualTo("an ISO-8601 instant such as 2026-06-18T14:00:00Z");
    assertThat(JsonFailures.describe(Duration.class))
        .isEqualTo("an ISO-8601 duration such as PT24H");
  }

  @Test
  void containersAndModelsAreNamedInWords() {
    TypeFactory types = TypeFactory.defaultInstance();
    assertThat(JsonFailures.describe(types.constructType(Set.class))).isEqualTo("an array");
    assertThat(JsonFailures.describe(String[].class)).isEqualTo("an array");
    assertThat(JsonFailures.describe(types.constructType(Map.class))).isEqualTo("an object");
    assertThat(JsonFailures.describe(types.constructType(Integer.class)))
        .isEqualTo("a whole number");
    assertThat(JsonFailures.describe(ImmutableCaseEvent.Submitted.Json.class))
        .isEqualTo("a valid expected value words test (case event) (submitted)");
    assertThat(JsonFailures.describe(ImmutableCaseEvent.Builder.class))
        .isEqualTo("a valid expected value words test (case event)");
    assertThat(JsonFailures.describe(Immutable.class))
        .isEqualTo("a valid expected value words test (immutable)");
    assertThat(JsonFailures.describe(StrictScalars.class)).isEqualTo("a valid strict scalars");
    assertThat(JsonFailures.describe(Object.class)).isEqualTo("a valid object");
  }
}
