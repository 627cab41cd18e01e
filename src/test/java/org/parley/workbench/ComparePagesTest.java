package org.parley.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.compare.Aligner;
import org.parley.compare.Alignment;
import org.parley.compare.Link;
import org.parley.compare.LinkKind;
import org.parley.compare.PointText;
import org.parley.compare.RedlineOp;
import org.parley.compare.Suggestion;

/** The compare rows: in the new draft's order, dropped points after what preceded them, each side with its own redline. */
class ComparePagesTest {
    private static final List<PointText> OLD = List.of(new PointText("1", "One."), new PointText("2", "Two."), new PointText("3", "Three."),
            new PointText("4", "Four."));
    private static final List<PointText> NEW = List.of(new PointText("1", "Three."), new PointText("2", "One and more."),
            new PointText("3", "New."));

    @Test
    void rows_followTheNewDraftAndPlaceADroppedPointAfterItsPredecessor() {
        Alignment alignment = new Alignment(List.of(
                new Link(List.of("3"), List.of("1"), LinkKind.MOVED, 1, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "Three."))),
                new Link(List.of("1"), List.of("2"), LinkKind.REWORDED, 0.5, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "One"),
                        new RedlineOp(RedlineOp.Op.DELETE, "."), new RedlineOp(RedlineOp.Op.INSERT, " and more."))),
                new Link(List.of("4"), List.of("3"), LinkKind.REWORDED, 0.2, List.of(new RedlineOp(RedlineOp.Op.DELETE, "Four."),
                        new RedlineOp(RedlineOp.Op.INSERT, "New.")))),
                List.of("2"), List.of());

        List<ComparePage.Row> rows = ComparePages.rows(alignment, OLD, NEW);

        assertThat(rows).extracting(ComparePage.Row::label)
                .containsExactly("moved 3 → 1", "reworded 1 → 2", "dropped 2", "reworded 4 → 3");
        assertThat(rows.get(1).oldRuns()).extracting(ComparePage.Run::op).containsExactly("equal", "delete");
        assertThat(rows.get(1).newRuns()).extracting(ComparePage.Run::op, ComparePage.Run::text)
                .containsExactly(tuple("equal", "One"), tuple("equal", " "), tuple("insert", "and more."));
        assertThat(rows).as("only the link on few shared words asks to be checked")
                .extracting(ComparePage.Row::weak).containsExactly(false, false, false, true);
    }

    @Test
    void rows_noteTheTextThatMovedOutOfOneRowIntoAnother() {
        String moved = "Observers report to the joint commission every month.";
        List<PointText> from = List.of(new PointText("1", "A ceasefire holds along the line. " + moved), new PointText("2", "Talks begin."));
        List<PointText> to = List.of(new PointText("1", "A ceasefire holds along the line."), new PointText("2", "Talks begin. " + moved));
        Alignment alignment = new Alignment(List.of(
                new Link(List.of("1"), List.of("1"), LinkKind.REWORDED, 0.7, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "A ceasefire holds along the line."),
                        new RedlineOp(RedlineOp.Op.DELETE, " " + moved))),
                new Link(List.of("2"), List.of("2"), LinkKind.REWORDED, 0.5, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "Talks begin."),
                        new RedlineOp(RedlineOp.Op.INSERT, " " + moved)))),
                List.of(), List.of());

        List<ComparePage.Row> rows = ComparePages.rows(alignment, from, to);

        assertThat(rows).extracting(ComparePage.Row::movedOut, ComparePage.Row::movedIn).containsExactly(
                tuple(List.of("moved to 2: “Observers report to the joint commission every month”"), List.of()),
                tuple(List.of(), List.of("moved from 1: “Observers report to the joint commission every month”")));
        assertThat(rows.get(0).oldRuns()).extracting(ComparePage.Run::op, ComparePage.Run::text, ComparePage.Run::moved).containsExactly(
                tuple("equal", "A ceasefire holds along the line.", false), tuple("equal", " ", false),
                tuple("delete", "Observers report to the joint commission every month", true), tuple("delete", ".", false));
        assertThat(rows.get(1).newRuns()).filteredOn(ComparePage.Run::moved).extracting(ComparePage.Run::op, ComparePage.Run::text)
                .containsExactly(tuple("insert", "Observers report to the joint commission every month"));
    }

    @Test
    void rows_noteTextASplitCouldNotKeepInOrder_onceAndOnBothSides() {
        String inspection = "The landlord may inspect the flat once a year after notice.";
        String repairs = "Repairs are paid by the landlord unless the tenant caused the damage.";
        List<PointText> from = List.of(new PointText("2", "The building is kept in repair. " + inspection + " " + repairs));
        List<PointText> to = List.of(new PointText("2", "The building is kept in repair. " + repairs), new PointText("5", inspection));
        Alignment alignment = new Aligner().align(from, to);

        List<ComparePage.Row> rows = ComparePages.rows(alignment, from, to);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("split 2 → 2 + 5");
            assertThat(row.movedOut()).isEmpty();
            assertThat(row.movedIn()).singleElement().asString().startsWith("moved within the link: “");
            assertThat(row.oldRuns()).filteredOn(ComparePage.Run::moved).extracting(ComparePage.Run::op).containsOnly("delete").isNotEmpty();
            assertThat(row.newRuns()).filteredOn(ComparePage.Run::moved).extracting(ComparePage.Run::op).containsOnly("insert").isNotEmpty();
        });
    }

    @Test
    void marked_findsTheOldWordingOfAMoveRegardlessOfCase_andLeavesKeptWordsAlone() {
        List<RedlineOp> runs = List.of(new RedlineOp(RedlineOp.Op.EQUAL, "Talks begin; "),
                new RedlineOp(RedlineOp.Op.DELETE, "OBSERVERS report to the joint commission"), new RedlineOp(RedlineOp.Op.EQUAL, " every "),
                new RedlineOp(RedlineOp.Op.DELETE, "month."));

        List<ComparePage.Run> marked = ComparePages.marked(runs, List.of("Observers report to the joint commission every month"));

        assertThat(marked).extracting(ComparePage.Run::op, ComparePage.Run::text, ComparePage.Run::moved).containsExactly(
                tuple("equal", "Talks begin; ", false), tuple("delete", "OBSERVERS report to the joint commission", true),
                tuple("equal", " every ", false), tuple("delete", "month", true), tuple("delete", ".", false));
        assertThat(ComparePages.marked(runs, List.of())).extracting(ComparePage.Run::moved).containsOnly(false);
    }

    @Test
    void rows_labelKeptPointsUnchangedAndMergesWithBothNumbers() {
        Alignment alignment = new Alignment(List.of(
                new Link(List.of("1"), List.of("1"), LinkKind.KEPT, 1, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "One."))),
                new Link(List.of("2", "3"), List.of("2"), LinkKind.MERGED, 0.7, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "Two.")))),
                List.of("4"), List.of("3"));

        List<ComparePage.Row> rows = ComparePages.rows(alignment, OLD, NEW);

        assertThat(rows).extracting(ComparePage.Row::label).containsExactly("kept 1", "merged 2 + 3 → 2", "dropped 4", "added 3");
        assertThat(rows).extracting(ComparePage.Row::changed).containsExactly(false, true, true, true);
    }

    @Test
    void rows_offerTheSuggestionsOfADroppedAndAnAddedPoint_quotingTheOtherSide() {
        List<PointText> longer = List.of(new PointText("1", "One."), new PointText("2", "Two."), new PointText("3", "Three."),
                new PointText("4", "A point whose text runs on well past the length that a row quotes, so that the quote ends at a word "
                        + "and says it was cut."));
        Alignment alignment = new Alignment(List.of(
                new Link(List.of("1"), List.of("1"), LinkKind.KEPT, 1, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "One.")))),
                List.of("2", "3", "4"), List.of("2", "3"), List.of(Suggestion.oneToOne("4", "3", LinkKind.MOVED, 0.2),
                        Suggestion.oneToOne("2", "2", LinkKind.REWORDED, 0.15), Suggestion.oneToOne("4", "2", LinkKind.REWORDED, 0.12)));

        List<ComparePage.Row> rows = ComparePages.rows(alignment, longer, NEW);

        Map<String, ComparePage.Row> byLabel = rows.stream().collect(Collectors.toMap(ComparePage.Row::label, row -> row));
        assertThat(byLabel.get("dropped 2").perhaps())
                .extracting(ComparePage.Perhaps::number, ComparePage.Perhaps::excerpt, ComparePage.Perhaps::kind)
                .containsExactly(tuple("2", "One and more.", "reworded"));
        assertThat(byLabel.get("dropped 3").perhaps()).isEmpty();
        assertThat(byLabel.get("dropped 4").perhaps()).extracting(ComparePage.Perhaps::fromPoints, ComparePage.Perhaps::toPoints)
                .containsExactly(tuple("4", "3"), tuple("4", "2"));
        assertThat(byLabel.get("added 2").perhaps()).extracting(ComparePage.Perhaps::number)
                .as("an added point quotes the old ones, best first").containsExactly("2", "4");
        assertThat(byLabel.get("added 2").perhaps().get(1).excerpt())
                .isEqualTo("A point whose text runs on well past the length that a row quotes, so that the quote ends…");
        assertThat(rows.get(0).perhaps()).isEmpty();
    }

    @Test
    void excerpt_cutsAtAWord_orWithinOneWithoutSplittingACharacter() {
        assertThat(ComparePages.excerpt("  Short\n text. ")).isEqualTo("Short text.");
        String unbroken = "x".repeat(89) + "\uD83C\uDF0D" + "y".repeat(20);

        assertThat(ComparePages.excerpt(unbroken)).isEqualTo("x".repeat(89) + "…");
    }

    @Test
    void rows_sayWhatASuggestedMergeWouldJoin() {
        Alignment alignment = new Alignment(List.of(
                new Link(List.of("3"), List.of("1"), LinkKind.REWORDED, 0.8, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "Three.")))),
                List.of("1", "2", "4"), List.of("2", "3"), List.of(new Suggestion(List.of("3", "4"), List.of("1"), LinkKind.MERGED, 0.9)));

        List<ComparePage.Row> rows = ComparePages.rows(alignment, OLD, NEW);

        assertThat(rows).filteredOn(row -> row.label().equals("dropped 4")).singleElement()
                .extracting(row -> row.perhaps().get(0))
                .extracting(ComparePage.Perhaps::says, ComparePage.Perhaps::excerpt, ComparePage.Perhaps::fromPoints, ComparePage.Perhaps::kind)
                .containsExactly("merged into 1 with 3", "Three.", "3,4", "merged");
    }
}
