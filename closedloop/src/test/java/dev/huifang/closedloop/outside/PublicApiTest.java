package dev.huifang.closedloop.outside;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.BusinessCalendar;
import dev.huifang.closedloop.CaseAdvance;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.CaseState;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.FeedbackCase;
import dev.huifang.closedloop.FeedbackLoop;
import dev.huifang.closedloop.LoopPolicy;
import dev.huifang.closedloop.machine.Effect;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Urgency;
import dev.huifang.core.json.HuifangJson;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host app's view: only the exported API, events stored as JSON, a working-hours calendar. */
class PublicApiTest {

  @Test
  void aHostAppRunsTheLoopFromStoredJsonEvents() {
    LoopPolicy policy = LoopPolicy.defaults().withCalendar(BusinessCalendar.weekdays(
        ZoneId.of("Asia/Shanghai"), LocalTime.of(9, 0), LocalTime.of(18, 0)));
    FeedbackLoop loop = FeedbackLoop.of(policy);
    CaseId id = CaseId.of("case-2026-0042");
    Instant friday = Instant.parse("2026-03-06T09:00:00Z"); // 17:00 in Shanghai
    CaseEvent submitted = EventHeader.id("evt-1").of(id).by("client-acme", ActorRole.SUBMITTER)
        .at(friday).submitted()
        .source(CaseSource.CLIENT).priority(Urgency.URGENT).channel(Channel.CLIENT_PORTAL)
        .category(Category.NO_SHOW)
        .subject("10 promised, 6 arrived")
        .place("Chengdu store 3")
        .description("only 6 of the 10 promoters came for the weekend campaign")
        .build();
    // an event store keeps one JSON document per event (a bare List would lose the type ids)
    String row = HuifangJson.write(submitted);
    assertThat(row).startsWith("{\"type\":\"submitted\",");
    List<CaseEvent> log = List.of(HuifangJson.read(row, CaseEvent.class).get());
    FeedbackCase c = loop.replay(log).get();
    assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
    // 48 business hours from Friday 17:00 in Shanghai, 9 a day: 1 on Friday, 45 in the next week,
    // 2 on the Monday after: 11:00 in Shanghai
    CaseAdvance monday = loop.advance(c, Instant.parse("2026-03-09T09:00:00Z")).get();
    assertThat(monday.events()).isEmpty();
    assertThat(monday.clocks().get(0).deadline()).isEqualTo(Instant.parse("2026-03-16T03:00:00Z"));
    CaseAdvance late = loop.advance(c, Instant.parse("2026-03-16T05:00:00Z")).get();
    assertThat(late.effects()).singleElement().isInstanceOf(Effect.Escalate.class);
    assertThat(loop.definition().toMermaid()).startsWith("---\ntitle: feedback case");
  }
}
