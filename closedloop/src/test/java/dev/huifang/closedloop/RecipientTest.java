package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.testing.JsonRoundTrip;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed recipients and clocks of effects, written and read as the flat strings they were. */
class RecipientTest {

  @Test
  void aRecipientIsOneFlatString() {
    assertThat(Recipient.parse("owner-1")).isEqualTo(Recipient.actor(ActorId.of("owner-1")))
        .isEqualTo(Recipient.actor("owner-1"));
    assertThat(Recipient.parse("supervisor of hr"))
        .isEqualTo(Recipient.role(ActorRole.SUPERVISOR, Team.HR));
    assertThat(Recipient.parse("coordinator of customer_success").text())
        .isEqualTo("coordinator of customer_success");
    // not a team role: an owner or a submitter is an actor, never a role of a team
    assertThat(Recipient.parse("owner of hr")).isEqualTo(Recipient.actor("owner of hr"));
    assertThat(HuifangJson.write(new Effect.Notify(Recipient.role(ActorRole.DIRECTOR, Team.HR),
        LocalizedText.of("你好", "hello"), "r"))).contains("\"recipient\":\"director of hr\"");
  }

  @Test
  void effectsWrittenBeforeTheyWereTypedStillRead() {
    String escalate = "{\"type\":\"escalate\",\"level\":2,\"target\":\"supervisor of hr\","
        + "\"clock\":\"first_response\",\"reason\":\"late\",\"actors\":[\"sup-1\"]}";
    Effect read = HuifangJson.read(escalate, Effect.class).get();
    assertThat(read).isEqualTo(new Effect.Escalate(2,
        Recipient.role(ActorRole.SUPERVISOR, Team.HR), SlaClock.FIRST_RESPONSE, "late",
        List.of(ActorId.of("sup-1"))));
    assertThat(HuifangJson.write(read)).contains("\"target\":\"supervisor of hr\"",
        "\"clock\":\"first_response\"");
    String notify = "{\"type\":\"notify\",\"recipient\":\"client-1\",\"message\":{\"zh-CN\":"
        + "\"你好\",\"en\":\"hello\"},\"reason\":\"r\"}";
    assertThat(((Effect.Notify) HuifangJson.read(notify, Effect.class).get()).recipient())
        .isEqualTo(Recipient.actor("client-1"));
  }

  @Test
  void anActorIdIsAPlainString() {
    JsonRoundTrip.check(ActorId.of("coord-wang"), ActorId.class);
    assertThat(HuifangJson.write(List.of(ActorId.of("sup-1")))).isEqualTo("[\"sup-1\"]");
    assertThat(ActorId.of("a").compareTo(ActorId.of("b"))).isNegative();
  }

  @Test
  void onlyTeamScopedRolesAreTeamRoles() {
    assertThatThrownBy(() -> Recipient.role(ActorRole.OWNER, Team.HR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Recipient.role(ActorRole.SUBMITTER, Team.HR))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
