package org.parley.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.compare.Alignment;
import org.parley.compare.Link;
import org.parley.compare.LinkKind;
import org.parley.compare.PointText;
import org.parley.compare.RedlineOp;

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
    void rows_labelKeptPointsUnchangedAndMergesWithBothNumbers() {
        Alignment alignment = new Alignment(List.of(
                new Link(List.of("1"), List.of("1"), LinkKind.KEPT, 1, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "One."))),
                new Link(List.of("2", "3"), List.of("2"), LinkKind.MERGED, 0.7, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "Two.")))),
                List.of("4"), List.of("3"));

        List<ComparePage.Row> rows = ComparePages.rows(alignment, OLD, NEW);

        assertThat(rows).extracting(ComparePage.Row::label).containsExactly("kept 1", "merged 2 + 3 → 2", "dropped 4", "added 3");
        assertThat(rows).extracting(ComparePage.Row::changed).containsExactly(false, true, true, true);
    }
}
