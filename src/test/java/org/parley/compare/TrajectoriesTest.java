package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoriesTest {

    private static Link link(List<String> from, List<String> to, LinkKind kind) {
        return new Link(from, to, kind, 0.9, List.of());
    }

    /** A (28 points) → B (19) and A → C → D, with D also amending B: a diamond. */
    private static final List<LineageEdge> LINEAGE = List.of(
            new LineageEdge("A", "B", new Alignment(List.of(
                    link(List.of("21"), List.of("14"), LinkKind.RENUMBERED),
                    link(List.of("5", "10"), List.of("3"), LinkKind.MERGED)), List.of("7"), List.of())),
            new LineageEdge("A", "C", new Alignment(List.of(
                    link(List.of("21"), List.of("20", "21"), LinkKind.SPLIT)), List.of("5"), List.of())),
            new LineageEdge("C", "D", new Alignment(List.of(
                    link(List.of("20"), List.of("18"), LinkKind.MOVED)), List.of("21"), List.of())),
            new LineageEdge("B", "D", new Alignment(List.of(
                    link(List.of("14"), List.of("19"), LinkKind.REWORDED)), List.of("3"), List.of())));

    @Test
    void of_followsAPointThroughEveryLaterDraftJoiningPaths() {
        Trajectory trajectory = Trajectories.of(LINEAGE, "A", "21");

        assertThat(trajectory.later()).containsExactly(
                new Station("B", List.of("14"), List.of("renumbered")),
                new Station("C", List.of("20", "21"), List.of("split")),
                new Station("D", List.of("19", "18"), List.of("reworded", "moved")));
        assertThat(trajectory.earlier()).isEmpty();
    }

    @Test
    void of_tracesBackToEarlierDrafts() {
        Trajectory trajectory = Trajectories.of(LINEAGE, "B", "3");

        assertThat(trajectory.earlier()).containsExactly(new Station("A", List.of("5", "10"), List.of("merged")));
        assertThat(trajectory.later()).containsExactly(new Station("D", List.of(), List.of()));
    }

    @Test
    void of_showsADroppedPointAsEmptyStations() {
        assertThat(Trajectories.of(LINEAGE, "A", "7").later())
                .extracting(Station::points).containsOnly(List.of());
    }

    @Test
    void of_namesThePointsSuggestedWhereThePointWasDropped() {
        List<LineageEdge> edges = List.of(
                new LineageEdge("A", "E", new Alignment(List.of(link(List.of("1"), List.of("1"), LinkKind.KEPT)), List.of("2", "4"),
                        List.of("2"), List.of(Suggestion.oneToOne("2", "2", LinkKind.REWORDED, 0.17),
                                new Suggestion(List.of("1", "4"), List.of("1"), LinkKind.MERGED, 0.6)))));

        assertThat(Trajectories.of(edges, "A", "2").later()).containsExactly(new Station("E", List.of(), List.of(), List.of("2")));
        assertThat(Trajectories.of(edges, "A", "4").later()).containsExactly(new Station("E", List.of(), List.of(), List.of("1")));
        assertThat(Trajectories.of(edges, "A", "1").later()).as("a point linked on the way is not offered anything")
                .containsExactly(new Station("E", List.of("1"), List.of("kept")));
        assertThat(Trajectories.of(edges, "E", "2").earlier()).containsExactly(new Station("A", List.of(), List.of(), List.of("2")));
    }

    @Test
    void of_followsASuggestedPointThroughTheLaterDrafts() {
        List<LineageEdge> edges = List.of(
                new LineageEdge("A", "E", new Alignment(List.of(link(List.of("1"), List.of("1"), LinkKind.KEPT)), List.of("2"),
                        List.of("2"), List.of(Suggestion.oneToOne("2", "2", LinkKind.REWORDED, 0.17)))),
                new LineageEdge("E", "F", new Alignment(List.of(link(List.of("1"), List.of("1"), LinkKind.KEPT),
                        link(List.of("2"), List.of("4", "5"), LinkKind.SPLIT)), List.of(), List.of())));

        assertThat(Trajectories.of(edges, "A", "2").later()).containsExactly(
                new Station("E", List.of(), List.of(), List.of("2")),
                new Station("F", List.of(), List.of(), List.of("4", "5")));
        assertThat(Trajectories.of(edges, "F", "5").earlier()).as("and back").containsExactly(
                new Station("E", List.of("2"), List.of("split")),
                new Station("A", List.of(), List.of(), List.of("2")));
        assertThat(Trajectories.of(edges, "A", "1").later()).as("a point that was never dropped has nothing perhaps")
                .allSatisfy(station -> assertThat(station.perhaps()).isEmpty());
    }

    @Test
    void of_namesThePointsThatWordsOfThePointMovedInto_bothWays() {
        var moved = new TextMoves.TextMove(List.of("17"), List.of("19"), "If the Commission does not resolve it within 90 days", 10);
        var edges = List.of(new LineageEdge("A", "B", new Alignment(List.of(
                link(List.of("17"), List.of("17"), LinkKind.REWORDED), link(List.of("19"), List.of("19"), LinkKind.REWORDED)),
                List.of(), List.of()), List.of(moved)));

        assertThat(Trajectories.of(edges, "A", "17").later())
                .containsExactly(new Station("B", List.of("17"), List.of("reworded"), List.of(), List.of("19")));
        assertThat(Trajectories.of(edges, "B", "19").earlier())
                .containsExactly(new Station("A", List.of("19"), List.of("reworded"), List.of(), List.of("17")));
        assertThat(Trajectories.of(edges, "A", "19").later()).extracting(Station::carried).containsExactly(List.of());
    }

    @Test
    void ofDraft_tracesEachPoint() {
        assertThat(Trajectories.ofDraft(LINEAGE, "D", List.of("18", "19")))
                .extracting(t -> t.earlier().get(t.earlier().size() - 1))
                .as("each step says how the point changed on it").containsExactly(
                        new Station("A", List.of("21"), List.of("split")), new Station("A", List.of("21"), List.of("renumbered")));
    }

    @Test
    void of_refusesCycles() {
        var empty = new Alignment(List.of(), List.of(), List.of());
        var cycle = List.of(new LineageEdge("A", "B", empty), new LineageEdge("B", "A", empty));

        assertThatThrownBy(() -> Trajectories.of(cycle, "A", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
