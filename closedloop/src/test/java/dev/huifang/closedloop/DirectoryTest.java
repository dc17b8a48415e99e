package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.huifang.core.Problem;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The directory's lookups team by team and role by role, and the Problems of its rules. */
class DirectoryTest {

  private static final ActorId ANA = ActorId.of("ana");
  private static final ActorId BO = ActorId.of("bo");

  private final Directory staff = Directory.systemOnly()
      .withCoordinator(Team.HR, ANA)
      .withSupervisor(Team.HR, "sup-hr")
      .withDirector(Team.HR, "dir-hr")
      .withDirector(Team.SUPPLY_CHAIN, BO);

  @Test
  void aTeamCoordinatorCoordinatesOnlyItsTeamTheCentralDeskEveryTeam() {
    assertThat(staff.isCoordinator(ANA, Team.HR)).isTrue();
    assertThat(staff.isCoordinator(ANA, Team.SUPPLY_CHAIN)).isFalse();
    assertThat(staff.isCoordinator(BO, Team.HR)).isFalse();
    Directory desk = staff.withCoordinator(Team.TRIAGE_QUEUE, BO);
    assertThat(desk.isCoordinator(BO, Team.HR)).isTrue();
    assertThat(desk.isCoordinator(BO, Team.of("unknown-team"))).isTrue();
    assertThat(desk.isCoordinator(ANA, Team.of("unknown-team"))).isFalse();
  }

  @Test
  void holdersAreReadFromTheRightListOfTheRightTeam() {
    assertThat(staff.holders(ActorRole.COORDINATOR, Team.HR)).containsExactly(ANA);
    assertThat(staff.holders(ActorRole.SUPERVISOR, Team.HR))
        .containsExactly(ActorId.of("sup-hr"));
    assertThat(staff.holders(ActorRole.DIRECTOR, Team.HR)).containsExactly(ActorId.of("dir-hr"));
    assertThat(staff.holders(ActorRole.DIRECTOR, Team.SUPPLY_CHAIN)).containsExactly(BO);
    assertThat(staff.holders(ActorRole.SUPERVISOR, Team.SUPPLY_CHAIN)).isEmpty();
    assertThat(staff.holders(ActorRole.COORDINATOR, Team.SUPPLY_CHAIN)).isEmpty();
    for (ActorRole caseRole : List.of(ActorRole.SUBMITTER, ActorRole.PROXY, ActorRole.OWNER,
        ActorRole.SYSTEM)) {
      assertThat(staff.holders(caseRole, Team.HR)).as("%s", caseRole).isEmpty();
    }
  }

  @Test
  void addingAnActorKeepsTheOthersOfTheTeamAndLeavesTheOriginalAlone() {
    Directory two = staff.withDirector(Team.HR, BO);
    assertThat(two.holders(ActorRole.DIRECTOR, Team.HR))
        .containsExactly(BO, ActorId.of("dir-hr"));
    assertThat(staff.holders(ActorRole.DIRECTOR, Team.HR)).containsExactly(ActorId.of("dir-hr"));
    Directory sup = staff.withSupervisor(Team.HR, BO);
    assertThat(sup.holders(ActorRole.SUPERVISOR, Team.HR))
        .containsExactly(BO, ActorId.of("sup-hr"));
    Directory coord = staff.withCoordinator(Team.HR, "bo");
    assertThat(coord.holders(ActorRole.COORDINATOR, Team.HR)).containsExactly(ANA, BO);
    assertThatThrownBy(() -> staff.withCoordinator(null, ANA))
        .isInstanceOf(NullPointerException.class).hasMessage("team is null");
    assertThatThrownBy(() -> staff.withCoordinator(Team.HR, (ActorId) null))
        .isInstanceOf(NullPointerException.class).hasMessage("actor is null");
  }

  @Test
  void theDirectoryIsACopyThatCannotBeChanged() {
    TreeMap<String, SortedSet<ActorId>> coordinators = new TreeMap<>();
    TreeSet<ActorId> hr = new TreeSet<>(List.of(ANA));
    coordinators.put("hr", hr);
    Directory d = new Directory(ActorId.of("huifang"), coordinators, new TreeMap<>(),
        new TreeMap<>());
    hr.add(BO);
    coordinators.put("supply_chain", new TreeSet<>(List.of(BO)));
    assertThat(d.coordinators()).containsOnlyKeys("hr");
    assertThat(d.coordinators().get("hr")).containsExactly(ANA);
    assertThatThrownBy(() -> d.coordinators().get("hr").add(BO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.coordinators().put("x", new TreeSet<>()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(d.isSystem(ActorId.of("huifang"))).isTrue();
    assertThat(d.isSystem(ANA)).isFalse();
  }

  @Test
  void everyBrokenRuleIsAProblemAtItsPath() {
    TreeMap<String, SortedSet<ActorId>> coordinators = new TreeMap<>();
    coordinators.put("hr", new TreeSet<>(List.of(ActorId.of("huifang"), ANA)));
    TreeMap<String, SortedSet<ActorId>> supervisors = new TreeMap<>();
    supervisors.put(" ", new TreeSet<>(List.of(BO)));
    TreeMap<String, SortedSet<ActorId>> directors = new TreeMap<>();
    directors.put("hr", null);
    List<Problem> problems = Directory.validate(ActorId.of("huifang"), coordinators, supervisors,
        directors).getError().toJavaList();
    assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
        "coordinators.hr: must not list the system actor: Huifang's own id holds no staff role,"
            + " was \"huifang\"",
        "supervisors: must not be blank, was \" \"",
        "directors.hr: is required");
    assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder(Problem.CONFLICT,
        Problem.BLANK, Problem.REQUIRED);
  }

  @Test
  void aMissingListOrSystemActorIsRequired() {
    assertThat(Directory.validate(null, null, new TreeMap<>(), null).getError()
        .map(Problem::message)).containsExactlyInAnyOrder("systemActor: is required",
        "coordinators: is required", "directors: is required");
    assertThat(Directory.validate(ActorId.of("huifang"), new TreeMap<>(), new TreeMap<>(),
        new TreeMap<>()).get()).isEqualTo(Directory.systemOnly());
    assertThat(Directory.systemOnly().systemActor().value())
        .isEqualTo(Directory.DEFAULT_SYSTEM_ACTOR);
  }
}
