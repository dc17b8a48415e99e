package dev.huifang.closedloop;

import static dev.huifang.closedloop.LoopGen.CASE;
import static dev.huifang.closedloop.LoopGen.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.json.HuifangJson;
import dev.huifang.core.Problem;
import dev.huifang.testing.JsonRoundTrip;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The models of identity and limits: JSON round trips, old documents, and their rules. */
class IdentityModelsTest {

  @Test
  void roundTripsThroughJson() {
    JsonRoundTrip.check(LoopGen.DIRECTORY, Directory.class);
    JsonRoundTrip.check(Directory.systemOnly(), Directory.class);
    JsonRoundTrip.check(LoopLimits.defaults(), LoopLimits.class);
    JsonRoundTrip.check(LoopPolicy.defaults().withLimits(new LoopLimits(T0,
        T0.plus(Duration.ofDays(400)), Duration.ofDays(30), Duration.ofDays(3))),
        LoopPolicy.class);
    JsonRoundTrip.check(EventHeader.id("e-1").of(CASE).by("owner-1", ActorRole.OWNER).at(T0)
        .expecting(3), EventHeader.class);
    JsonRoundTrip.check(EventHeader.id("system:e").of(CASE).by("huifang", ActorRole.SYSTEM)
        .at(T0).escalated(SlaClock.FIRST_RESPONSE, 2, ActorRole.SUPERVISOR, List.of(ActorId
            .of("sup-1"))),
        CaseEvent.class);
  }

  @Test
  void readsDocumentsWrittenBeforeIdentityWasBound() {
    String escalated = "{\"type\":\"escalated\","
        + "\"eventId\":\"case-1:escalated:first_response:1:v2\","
        + "\"caseId\":\"case-1\",\"actor\":\"huifang\",\"actorRole\":\"SYSTEM\","
        + "\"at\":\"2026-03-04T09:00:00Z\",\"clock\":\"FIRST_RESPONSE\",\"level\":1,"
        + "\"target\":\"OWNER\",\"expectedVersion\":null}";
    CaseEvent.Escalated read = (CaseEvent.Escalated) HuifangJson.read(escalated, CaseEvent.class)
        .get();
    assertThat(read.targets()).isEmpty();
    String policy = HuifangJson.write(LoopPolicy.defaults())
        .replaceAll(",\\s*\"limits\"\\s*:\\s*\\{[^}]*\\}", "");
    assertThat(policy).doesNotContain("limits");
    assertThat(HuifangJson.read(policy, LoopPolicy.class).get().limits())
        .isEqualTo(LoopLimits.defaults());
  }

  @Test
  void directoriesAndLimitsNameEveryBrokenRule() {
    TreeMap<String, java.util.SortedSet<ActorId>> staff = new TreeMap<>();
    staff.put("hr", new TreeSet<>(List.of(ActorId.of("huifang"), ActorId.of(" "))));
    assertThat(Directory.validate(ActorId.of(" "), staff, new TreeMap<>(),
        new TreeMap<>()).getError()
        .map(Problem::code)).contains(Problem.BLANK, Problem.CONFLICT);
    assertThat(LoopLimits.validate(T0, T0, Duration.ZERO, Duration.ofDays(-1)).getError()
        .map(Problem::path)).containsExactlyInAnyOrder("maxGap", "contestWindow", "latest");
    assertThat(LoopGen.DIRECTORY.isCoordinator(ActorId.of("coord-1"), Team.HR)).isTrue();
    assertThat(LoopGen.DIRECTORY.holders(ActorRole.SUPERVISOR, Team.HR)).contains(ActorId
        .of("sup-1"));
    assertThat(LoopGen.DIRECTORY.holders(ActorRole.OWNER, Team.HR)).isEmpty();
    assertThat(LoopLimits.defaults().accepts(Instant.MAX)).isFalse();
  }

  @Test
  void typedIdsReadFromJsonRefuseNullsAndNumbersAtTheirPath() {
    String escalated = "{\"type\":\"escalated\",\"eventId\":\"system:e\",\"caseId\":\"case-1\","
        + "\"actor\":\"huifang\",\"actorRole\":\"SYSTEM\",\"at\":\"2026-03-04T09:00:00Z\","
        + "\"clock\":\"FIRST_RESPONSE\",\"level\":1,\"target\":\"SUPERVISOR\","
        + "\"targets\":[\"sup-1\",null],\"expectedVersion\":null}";
    assertThat(HuifangJson.read(escalated, CaseEvent.class).getError())
        .extracting(Problem::path).containsExactly("targets[1]");
    assertThat(HuifangJson.read(escalated.replace("\"actor\":\"huifang\"", "\"actor\":7")
            .replace(",null]", "]"), CaseEvent.class).getError())
        .extracting(Problem::path).containsExactly("actor");
    String staff = "{\"systemActor\":\"huifang\",\"coordinators\":{\"hr\":[null]},"
        + "\"supervisors\":{},\"directors\":{}}";
    assertThat(HuifangJson.read(staff, Directory.class).getError())
        .extracting(Problem::path).containsExactly("coordinators.hr[0]");
  }
}
