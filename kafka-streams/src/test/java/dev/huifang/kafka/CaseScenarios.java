package dev.huifang.kafka;

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
        event(new CaseEvent.Submitted("tr-1", c, worker, ActorRole.SUBMITTER,
            changhong(20), CaseSource.WORKER, Urgency.ROUTINE, Channel.ONLINE_QUESTIONNAIRE,
            Category.WORKER_DEMAND, "training clashes with my main job", "Shenzhen store 7",
            "the weekday training sessions clash with my main job", List.of(), null)),
        event(new CaseEvent.Triaged("tr-2", c, "coord-wang", ActorRole.COORDINATOR, changhong(21),
            Category.WORKER_DEMAND, "hr-zhou", null)),
        event(new CaseEvent.Acknowledged("tr-3", c, "hr-zhou", ActorRole.OWNER, changhong(26),
            "we will find a training slot that fits", null)),
        event(new CaseEvent.ActionPlanned("tr-4", c, "hr-zhou", ActorRole.OWNER, changhong(30),
            "flexible training with the agency: evening micro-courses", null)),
        event(new CaseEvent.WorkStarted("tr-5", c, "hr-zhou", ActorRole.OWNER, changhong(50),
            "agency booked two evening sessions", null)),
        event(new CaseEvent.Resolved("tr-6", c, "hr-zhou", ActorRole.OWNER, changhong(120),
            "evening sessions available from next week", null)),
        event(new CaseEvent.Confirmed("tr-7", c, worker, ActorRole.SUBMITTER, changhong(130),
            "the evening slot works for me", null)),
        event(new CaseEvent.Closed("tr-8", c, "hr-zhou", ActorRole.OWNER, changhong(131),
            "closed with the worker's confirmation", null)));
  }

  /** Scenario 3: unanswered urgent-order feedback breaches 48 h and escalates twice. */
  static List<Step> headhuntingEscalation() {
    CaseId c = CaseId.of("case-2026-0511-urgent");
    return List.of(
        event(new CaseEvent.Submitted("hh-1", c, "client-fintech", ActorRole.SUBMITTER,
            HEADHUNTING_FEEDBACK, CaseSource.CLIENT, Urgency.ULTRA_URGENT, Channel.PHONE_INTERVIEW,
            Category.URGENT_ORDER_FEEDBACK, "slow updates on a 24 h order", "Shenzhen",
            "we heard nothing for 10 hours on a 24-hour search", List.of(), null)),
        event(new CaseEvent.Triaged("hh-2", c, "coord-zhao", ActorRole.COORDINATOR,
            headhunting(1), Category.URGENT_ORDER_FEEDBACK, "consultant-chen", null)),
        new Tick(headhunting(40)),
        new Tick(headhunting(49)),
        new Tick(headhunting(73)),
        event(new CaseEvent.Acknowledged("hh-3", c, "supervisor-liu", ActorRole.SUPERVISOR,
            headhunting(74), "called the client; daily updates until the order closes", null)));
  }

  /** Scenario 4: the no-show's bad review gets its 48-hour review, a fix and a confirmation. */
  static List<Step> staffingNoShow() {
    CaseId c = CaseId.of("case-2026-0704-noshow");
    return List.of(
        event(new CaseEvent.Submitted("ns-1", c, "client-hualian", ActorRole.SUBMITTER,
            STAFFING_REVIEW, CaseSource.CLIENT, Urgency.URGENT, Channel.CLIENT_PORTAL,
            Category.NO_SHOW, "10 promised, 6 arrived", "Hualian store 3",
            "only 6 of the 10 promised promoters came for the weekend campaign", List.of(), null)),
        event(new CaseEvent.Triaged("ns-2", c, "coord-wang", ActorRole.COORDINATOR, staffing(1),
            Category.NO_SHOW, "cs-li", null)),
        event(new CaseEvent.Acknowledged("ns-3", c, "cs-li", ActorRole.OWNER, staffing(20),
            "48 h review started: 10 promised, 6 arrived", null)),
        event(new CaseEvent.ActionPlanned("ns-4", c, "cs-li", ActorRole.OWNER, staffing(40),
            "send 4 replacement workers; add a turnout check the evening before", null)),
        event(new CaseEvent.WorkStarted("ns-5", c, "cs-li", ActorRole.OWNER, staffing(41),
            "replacement crew booked", null)),
        event(new CaseEvent.Resolved("ns-6", c, "cs-li", ActorRole.OWNER, staffing(60),
            "4 replacements arrived; evening-before turnout check in place", null)),
        event(new CaseEvent.Confirmed("ns-7", c, "client-hualian", ActorRole.SUBMITTER,
            staffing(70), "the crew was complete this weekend", null)),
        event(new CaseEvent.Closed("ns-8", c, "cs-li", ActorRole.OWNER, staffing(71),
            "loop closed: feedback → rectify → confirm", null)));
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
    out.put(Team.TRIAGE_QUEUE.code(), new TeamStaff(new TreeSet<>(Set.of("coord-wang",
        "coord-zhao")), new TreeSet<>(), new TreeSet<>()));
    out.put(Team.CUSTOMER_SUCCESS.code(), new TeamStaff(new TreeSet<>(), new TreeSet<>(
        Set.of("supervisor-liu")), new TreeSet<>()));
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
