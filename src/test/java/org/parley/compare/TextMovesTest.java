package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.compare.Drafts.point;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.compare.TextMoves.TextMove;

class TextMovesTest {

    private static final String REVIEW = "The monitoring mission reports to the joint commission every thirty days.";

    private static final List<PointText> OLD = List.of(
            point("1", "The parties agree to an immediate and complete ceasefire along the whole line of contact."),
            point("2", "An international monitoring mission shall verify the withdrawal of heavy weapons. " + REVIEW),
            point("3", "Sanctions shall be lifted in stages once the monitoring mission confirms compliance."),
            point("4", "Prisoners of war shall be exchanged on an all for all basis within thirty days."));

    private static List<TextMove> movesBetween(List<PointText> from, List<PointText> to) {
        return TextMoves.find(new Aligner().align(from, to), from, to);
    }

    @Test
    void find_reportsASentenceCarriedIntoAnotherPoint() {
        List<PointText> updated = List.of(
                OLD.get(0),
                point("2", "An international monitoring mission shall verify the withdrawal of heavy weapons."),
                point("3", "Sanctions shall be lifted in stages once the monitoring mission confirms compliance. " + REVIEW),
                OLD.get(3));

        List<TextMove> moves = movesBetween(OLD, updated);

        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.fromPoints()).containsExactly("2");
            assertThat(move.toPoints()).containsExactly("3");
            assertThat(move.text()).isEqualTo("The monitoring mission reports to the joint commission every thirty days");
            assertThat(move.words()).isEqualTo(11);
        });
    }

    @Test
    void find_reportsTheSentenceOfADroppedPointKeptInAnotherOne() {
        List<PointText> from = List.of(
                OLD.get(0), OLD.get(1), OLD.get(2),
                point("4", "Prisoners of war are exchanged all for all within thirty days under the supervision of neutral observers, "
                        + "and detained civilians are released to their families at the border crossings. "
                        + "The Red Cross registers every prisoner before the exchange."));
        List<PointText> to = List.of(
                point("1", OLD.get(0).text() + " The Red Cross registers every prisoner before the exchange."),
                OLD.get(1), OLD.get(2));

        Alignment alignment = new Aligner().align(from, to);

        assertThat(alignment.dropped()).containsExactly("4");
        assertThat(TextMoves.find(alignment, from, to)).singleElement().satisfies(move -> {
            assertThat(move.fromPoints()).containsExactly("4");
            assertThat(move.toPoints()).containsExactly("1");
            assertThat(move.text()).isEqualTo("The Red Cross registers every prisoner before the exchange");
        });
    }

    @Test
    void find_ignoresTextThatStayedInItsRow() {
        List<PointText> reordered = List.of(OLD.get(2), OLD.get(0), OLD.get(3), OLD.get(1));

        assertThat(movesBetween(OLD, reordered)).isEmpty();
        assertThat(movesBetween(OLD, OLD)).isEmpty();
    }

    @Test
    void find_ignoresPhrasesThatRecurElsewhere() {
        String boilerplate = "as set out in the annex to this agreement";
        List<PointText> from = List.of(
                point("1", "The ceasefire holds " + boilerplate + "."),
                point("2", "Heavy weapons are withdrawn " + boilerplate + "."),
                point("3", "Observers are deployed along the line."));
        List<PointText> to = List.of(
                point("1", "The ceasefire holds."),
                point("2", "Heavy weapons are withdrawn " + boilerplate + "."),
                point("3", "Observers are deployed along the line " + boilerplate + "."));

        assertThat(movesBetween(from, to)).isEmpty();
    }

    @Test
    void find_ignoresRunsShorterThanSixWords() {
        List<PointText> updated = List.of(
                OLD.get(0),
                point("2", "An international monitoring mission shall verify the withdrawal of heavy weapons."),
                point("3", "Sanctions shall be lifted in stages once the monitoring mission confirms compliance; it reports every thirty days."),
                OLD.get(3));

        assertThat(movesBetween(OLD, updated)).isEmpty();
    }

    @Test
    void find_doesNotCountTextJoinedByAMergeAsMoved() {
        List<PointText> from = List.of(
                point("1", "Grain exports through the Black Sea ports are protected by both navies."),
                point("2", "Insurance for shipping is guaranteed by an international fund."),
                point("3", "Observers are deployed along the line of contact within a week."));
        List<PointText> to = List.of(
                point("1", "Grain exports through the Black Sea ports are protected by both navies, and insurance for shipping is guaranteed by an international fund."),
                point("2", "Observers are deployed along the line of contact within a week."));

        Alignment alignment = new Aligner().align(from, to);

        assertThat(alignment.links()).extracting(Link::label).contains("merged 1 + 2 → 1");
        assertThat(TextMoves.find(alignment, from, to)).isEmpty();
    }

    /** A lease whose inspection sentence, from the middle of clause 2, became clause 5. */
    private static final List<PointText> LEASE = List.of(
            point("1", "The tenant pays the rent on the first day of each month."),
            point("2", "The landlord keeps the building in good repair. The landlord may inspect the flat once a year after giving"
                    + " two weeks' notice. Repairs are paid by the landlord unless the tenant caused the damage."),
            point("3", "Either party may end the lease with three months' notice."));

    private static final List<PointText> LEASE_SPLIT = List.of(
            LEASE.get(0),
            point("2", "The landlord keeps the building in good repair. Repairs are paid by the landlord unless the tenant caused the damage."),
            LEASE.get(2),
            point("4", "Pets are allowed with the landlord's written consent."),
            point("5", "The landlord may inspect the flat once a year after giving two weeks' notice."));

    /** The lease with another text for clause 2. */
    private static List<PointText> leaseWithClause2(String text) {
        return List.of(LEASE.get(0), point("2", text), LEASE.get(2));
    }

    @Test
    void find_reportsTextASplitsJoinedPiecesCannotKeepInOrder_asMovedWithinItsLink() {
        Alignment alignment = new Aligner().align(LEASE, LEASE_SPLIT);
        Link split = alignment.links().stream().filter(link -> link.kind() == LinkKind.SPLIT).findFirst().orElseThrow();

        List<TextMove> moves = TextMoves.find(alignment, LEASE, LEASE_SPLIT);

        assertThat(split.label()).isEqualTo("split 2 → 2 + 5");
        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.fromPoints()).containsExactly("2");
            assertThat(move.toPoints()).containsExactly("2", "5");
        });
        String moved = moves.get(0).text();
        assertThat(split.oldSide()).anyMatch(run -> run.op() == RedlineOp.Op.DELETE && run.text().contains(moved));
        assertThat(split.newSide()).anyMatch(run -> run.op() == RedlineOp.Op.INSERT && run.text().contains(moved));
        assertThat(TextMoves.arriving(moves, split)).containsExactly("moved within the link: “" + TextMoves.excerpt(moved) + "”");
        assertThat(TextMoves.leaving(moves, split)).isEmpty();
        assertThat(TextMoves.marked(split.newSide(), TextMoves.textsArriving(moves, split.to())))
                .filteredOn(TextMoves.MarkedRun::moved).extracting(run -> run.run().text()).containsExactly(moved);
    }

    @Test
    void find_reportsTheSentencesOfAPointThatSwappedPlaces() {
        List<PointText> swapped = leaseWithClause2("The landlord may inspect the flat once a year after giving two weeks' notice."
                + " The landlord keeps the building in good repair. Repairs are paid by the landlord unless the tenant caused the damage.");
        Alignment alignment = new Aligner().align(LEASE, swapped);

        List<TextMove> moves = TextMoves.find(alignment, LEASE, swapped);

        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.fromPoints()).containsExactly("2");
            assertThat(move.toPoints()).containsExactly("2");
        });
        assertThat(TextMoves.arriving(moves, alignment.links().get(1))).singleElement().asString().startsWith("moved within the link: “");
    }

    @Test
    void find_leavesAloneTextALinkKeepsInPlace_andTextOneSideOnlyChanged() {
        List<PointText> reworded = leaseWithClause2("The landlord keeps the building and the garden in good repair. The landlord may"
                + " inspect the flat once a year after giving two weeks' notice. Repairs are paid by the landlord unless the tenant caused"
                + " the damage.");

        assertThat(TextMoves.find(new Aligner().align(LEASE, reworded), LEASE, reworded)).isEmpty();
    }

    @Test
    void excerpt_keepsAShortRunWhole_andTheEndsOfALongOne() {
        assertThat(TextMoves.excerpt("one two three four five six seven eight nine ten eleven twelve thirteen fourteen"))
                .isEqualTo("one two three four five six seven eight nine ten eleven twelve thirteen fourteen");
        assertThat(TextMoves.excerpt("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"))
                .isEqualTo("one two three four five six seven eight … twelve thirteen fourteen fifteen");
    }

    @Test
    void summary_countsThePassages_andSaysNothingWhenNoneMoved() {
        var move = new TextMove(List.of("4"), List.of("1"), "The Red Cross registers every prisoner before the exchange", 10);

        assertThat(TextMoves.summary(List.of())).isEmpty();
        assertThat(TextMoves.summary(List.of(move))).isEqualTo("; 1 passage moved between points");
        assertThat(TextMoves.summary(List.of(move, move))).isEqualTo("; 2 passages moved between points");
    }

    @Test
    void leavingAndArriving_sayWhereTheTextWentAndCameFrom() {
        var move = new TextMove(List.of("4"), List.of("1", "2"), "The Red Cross registers every prisoner before the exchange", 10);

        assertThat(TextMoves.leaving(List.of(move), List.of("4")))
                .containsExactly("moved to 1 + 2: “The Red Cross registers every prisoner before the exchange”");
        assertThat(TextMoves.arriving(List.of(move), List.of("1", "2")))
                .containsExactly("moved from 4: “The Red Cross registers every prisoner before the exchange”");
        assertThat(TextMoves.leaving(List.of(move), List.of("1"))).isEmpty();
    }
}
