package dev.huifang.kafka;

import dev.huifang.closedloop.ActorId;
import dev.huifang.closedloop.EventHeader;
import dev.huifang.closedloop.EventId;
import dev.huifang.closedloop.ActorRole;
import dev.huifang.closedloop.CaseEvent;
import dev.huifang.closedloop.CaseSource;
import dev.huifang.closedloop.Category;
import dev.huifang.closedloop.Directory;
import dev.huifang.closedloop.Team;
import dev.huifang.core.CaseId;
import dev.huifang.core.Channel;
import dev.huifang.core.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The case parts of the examples module's scenarios, as inputs: the same events, and the same
 * checks of the time limits (as ticks of stream time), built here because the examples module
 * keeps its scenarios package-private.
 */
final class CaseScenarios {

  /** One input: an event, or a check of the time limits at an instant (a tick). */
  sealed interface Step {
    Instant at();
  }

  /** An event, piped with its own time as the record's timestamp. */
  record Event(CaseEvent event) implements Step {
    @Override
    public Instant at() {
      return event.at();
    }
  }

  /** A tick: moves stream time to {@code at}; the library is advanced to {@code at}. */
  record Tick(Instant at) implements Step {}

  static final Instant CHANGHONG_END = Instant.parse("2026-06-18T14:00:00Z");
  static final Instant HEADHUNTING_FEEDBACK = Instant.parse("2026-05-11T02:00:00Z");
  static final Instant STAFFING_REVIEW = Instant.parse("2026-07-04T10:00:00Z");

  private CaseScenarios() {}

  /** Scenario 1: "training clashes with my main job" goes to HR and is closed. */
  static List<Step> changhongTraining() {
    CaseId c = CaseId.of("case-2026-0619-training");
    String worker = "w-1024";
    return List.of(
        event(EventHeader.id("tr-1").of(c).by(worker, ActorRole.SUBMITTER)
            .at(changhong(20)).submitted()
            .source(CaseSource.WORKER).priority(Urgency.ROUTINE)
            .channel(Channel.ONLINE_QUESTIONNAIRE)
            .category(Category.WORKER_DEMAND)
            .subject("training clashes with my main job")
            .place("Shenzhen store 7")
            .description("the weekday training sessions clash with my main job")
            .build()),
        event(EventHeader.id("tr-2").of(c).by("coord-wang", ActorRole.COORDINATOR).at(changhong(21))
            .triaged(Category.WORKER_DEMAND, "hr-zhou")),
        event(EventHeader.id("tr-3").of(c).by("hr-zhou", ActorRole.OWNER).at(changhong(26))
            .acknowledged("we will find a training slot that fits")),
        event(EventHeader.id("tr-4").of(c).by("hr-zhou", ActorRole.OWNER).at(changhong(30))
            .actionPlanned("flexible training with the agency: evening micro-courses")),
        event(EventHeader.id("tr-5").of(c).by("hr-zhou", ActorRole.OWNER).at(changhong(50))
            .workStarted("agency booked two evening sessions")),
        event(EventHeader.id("tr-6").of(c).by("hr-zhou", ActorRole.OWNER).at(changhong(120))
            .resolved("evening sessions available from next week")),
        event(EventHeader.id("tr-7").of(c).by(worker, ActorRole.SUBMITTER).at(changhong(130))
            .confirmed("the evening slot works for me")),
        event(EventHeader.id("tr-8").of(c).by("hr-zhou", ActorRole.OWNER).at(changhong(131))
            .closed("closed with the worker's confirmation")));
  }

  /** Scenario 3: unanswered urgent-order feedback breaches 48 h and escalates twice. */
  static List<Step> headhuntingEscalation() {
    CaseId c = CaseId.of("case-2026-0511-urgent");
    return List.of(
        event(EventHeader.id("hh-1").of(c).by("client-fintech", ActorRole.SUBMITTER)
            .at(HEADHUNTING_FEEDBACK).submitted()
            .source(CaseSource.CLIENT).priority(Urgency.ULTRA_URGENT)
            .channel(Channel.PHONE_INTERVIEW)
            .category(Category.URGENT_ORDER_FEEDBACK)
            .subject("slow updates on a 24 h order")
            .place("Shenzhen")
            .description("we heard nothing for 10 hours on a 24-hour search")
            .build()),
        event(EventHeader.id("hh-2").of(c).by("coord-zhao", ActorRole.COORDINATOR)
            .at(headhunting(1))
            .triaged(Category.URGENT_ORDER_FEEDBACK, "consultant-chen")),
        new Tick(headhunting(40)),
        new Tick(headhunting(49)),
        new Tick(headhunting(73)),
        event(EventHeader.id("hh-3").of(c).by("supervisor-liu", ActorRole.SUPERVISOR)
            .at(headhunting(74))
            .acknowledged("called the client; daily updates until the order closes")));
  }

  /** Scenario 4: the no-show's bad review gets its 48-hour review, a fix and a confirmation. */
  static List<Step> staffingNoShow() {
    CaseId c = CaseId.of("case-2026-0704-noshow");
    return List.of(
        event(EventHeader.id("ns-1").of(c).by("client-hualian", ActorRole.SUBMITTER)
            .at(STAFFING_REVIEW).submitted()
            .source(CaseSource.CLIENT).priority(Urgency.URGENT).channel(Channel.CLIENT_PORTAL)
            .category(Category.NO_SHOW)
            .subject("10 promised, 6 arrived")
            .place("Hualian store 3")
            .description("only 6 of the 10 promised promoters came for the weekend campaign")
            .build()),
        event(EventHeader.id("ns-2").of(c).by("coord-wang", ActorRole.COORDINATOR).at(staffing(1))
            .triaged(Category.NO_SHOW, "cs-li")),
        event(EventHeader.id("ns-3").of(c).by("cs-li", ActorRole.OWNER).at(staffing(20))
            .acknowledged("48 h review started: 10 promised, 6 arrived")),
        event(EventHeader.id("ns-4").of(c).by("cs-li", ActorRole.OWNER).at(staffing(40))
            .actionPlanned("send 4 replacement workers; add a turnout check the evening before")),
        event(EventHeader.id("ns-5").of(c).by("cs-li", ActorRole.OWNER).at(staffing(41))
            .workStarted("replacement crew booked")),
        event(EventHeader.id("ns-6").of(c).by("cs-li", ActorRole.OWNER).at(staffing(60))
            .resolved("4 replacements arrived; evening-before turnout check in place")),
        event(EventHeader.id("ns-7").of(c).by("client-hualian", ActorRole.SUBMITTER)
            .at(staffing(70))
            .confirmed("the crew was complete this weekend")),
        event(EventHeader.id("ns-8").of(c).by("cs-li", ActorRole.OWNER).at(staffing(71))
            .closed("loop closed: feedback → rectify → confirm")));
  }

  /** The three scenarios interleaved in time, as one input topic would carry them. */
  static List<Step> all() {
    List<Step> steps = new ArrayList<>();
    steps.addAll(changhongTraining());
    steps.addAll(headhuntingEscalation());
    steps.addAll(staffingNoShow());
    steps.sort(Comparator.comparing(Step::at));
    return List.copyOf(steps);
  }

  /**
   * The scenarios' staff as the examples' host knows them: the coordinators of the central triage
   * desk, and the supervisor of customer success.
   */
  static final Directory STAFF = Directory.systemOnly()
      .withCoordinator(Team.TRIAGE_QUEUE, "coord-wang")
      .withCoordinator(Team.TRIAGE_QUEUE, "coord-zhao")
      .withSupervisor(Team.CUSTOMER_SUCCESS, "supervisor-liu");

  /** The same staff as records of the directory topic, keyed by team code. */
  static Map<String, TeamStaff> directory() {
    Map<String, TeamStaff> out = new TreeMap<>();
    out.put(Team.TRIAGE_QUEUE.code(), new TeamStaff(new TreeSet<>(Set.of(ActorId.of("coord-wang"),
        ActorId.of("coord-zhao"))), new TreeSet<>(), new TreeSet<>()));
    out.put(Team.CUSTOMER_SUCCESS.code(), new TeamStaff(new TreeSet<>(), new TreeSet<>(
        Set.of(ActorId.of("supervisor-liu"))), new TreeSet<>()));
    return out;
  }

  private static Step event(CaseEvent event) {
    return new Event(event);
  }

  private static Instant changhong(int hours) {
    return CHANGHONG_END.plus(Duration.ofHours(hours));
  }

  private static Instant headhunting(int hours) {
    return HEADHUNTING_FEEDBACK.plus(Duration.ofHours(hours));
  }

  private static Instant staffing(int hours) {
    return STAFFING_REVIEW.plus(Duration.ofHours(hours));
  }
}
