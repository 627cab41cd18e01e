package org.parley.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.access.Audience;
import org.parley.draft.Derivation;
import org.parley.draft.DraftId;
import org.parley.draft.DraftStatus;
import org.parley.draft.DraftSummary;
import org.parley.negotiation.Mode;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.NegotiationService.Overview;
import org.parley.negotiation.Provenance;

/** The lineage picture: generations left to right, a line of amendments kept on one row. */
class LineageLayoutTest {
    private static final Roster ROSTER = new Roster(new Overview(new Negotiation(NegotiationId.of("n"), "Talks", "", Mode.TRACKER, true,
            Instant.parse("2025-01-01T00:00:00Z")), List.of(), List.of(), List.of()));

    private static DraftSummary aDraft(String id, boolean hasText, String... parents) {
        return new DraftSummary(DraftId.of(id), "Draft " + id + ": a text", List.of(), LocalDate.of(2025, 1, 1), DraftStatus.PROPOSED,
                Audience.PUBLIC, Audience.PUBLIC, 10, hasText, true,
                Arrays.stream(parents).map(p -> new Derivation(DraftId.of(p), Derivation.Kind.AMENDS)).toList(), Provenance.FIRST_HAND);
    }

    private static Map<String, Lineage.Node> nodes(Lineage lineage) {
        return lineage.nodes().stream().collect(Collectors.toMap(Lineage.Node::id, Function.identity()));
    }

    @Test
    void layout_putsEachDraftOneColumnRightOfItsParentAndKeepsALineOfAmendmentsOnOneRow() {
        Lineage lineage = LineageLayout.layout(List.of(aDraft("A", true), aDraft("B", false, "A"), aDraft("C", false, "A"),
                aDraft("D", false, "C"), aDraft("E", true, "C")), ROSTER);
        Map<String, Lineage.Node> nodes = nodes(lineage);

        assertThat(nodes.get("B").x()).isEqualTo(nodes.get("C").x()).isGreaterThan(nodes.get("A").x());
        assertThat(nodes.get("B").y()).isEqualTo(nodes.get("A").y());
        assertThat(nodes.get("D").y()).isEqualTo(nodes.get("C").y());
        assertThat(nodes.get("E").x()).isEqualTo(nodes.get("D").x());
        assertThat(nodes.get("E").y()).isGreaterThan(nodes.get("D").y());
        assertThat(lineage.edges()).hasSize(4).extracting(Lineage.Edge::kind).containsOnly("amends");
        assertThat(lineage.nodes()).allSatisfy(n -> assertThat(n.x() + Lineage.NODE_WIDTH).isLessThanOrEqualTo(lineage.width()));
    }

    @Test
    void layout_saysWhenParleyDoesNotHoldTheText() {
        Map<String, Lineage.Node> nodes = nodes(LineageLayout.layout(List.of(aDraft("A", true), aDraft("B", false, "A")), ROSTER));

        assertThat(nodes.get("A").audience()).isEqualTo("text: public");
        assertThat(nodes.get("B").audience()).isEqualTo("text not held");
        assertThat(nodes.get("B").withheld()).isTrue();
        assertThat(nodes.get("A").label()).isEqualTo("Draft A");
    }

    @Test
    void layout_ofADraftWhoseParentTheViewerMayNotKnow_startsItsOwnLine() {
        Map<String, Lineage.Node> nodes = nodes(LineageLayout.layout(List.of(aDraft("E", true, "D")), ROSTER));

        assertThat(nodes.get("E").x()).isEqualTo(nodes.get("E").y());
    }
}
