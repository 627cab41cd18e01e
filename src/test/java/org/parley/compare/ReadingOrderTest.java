package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows as one reads two drafts side by side: the new draft's order, each dropped point after the one before it. */
class ReadingOrderTest {

    @Test
    void of_putsDroppedPointsAfterTheirPredecessorAndFirstWhenTheyHaveNone() {
        Alignment alignment = new Alignment(List.of(
                new Link(List.of("2", "4"), List.of("1"), LinkKind.MERGED, 0.6, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "x"))),
                new Link(List.of("6"), List.of("3"), LinkKind.KEPT, 1, List.of(new RedlineOp(RedlineOp.Op.EQUAL, "y")))),
                List.of("1", "3", "5"), List.of("2"));

        List<ReadingOrder.Row> rows = ReadingOrder.of(alignment, List.of("1", "2", "3", "4", "5", "6"), List.of("1", "2", "3"));

        assertThat(rows).extracting(ReadingOrderTest::name)
                .containsExactly("dropped 1", "2+4 → 1", "dropped 3", "dropped 5", "added 2", "6 → 3");
    }

    private static String name(ReadingOrder.Row row) {
        if (row instanceof ReadingOrder.Row.Linked linked) {
            return String.join("+", linked.link().from()) + " → " + String.join("+", linked.link().to());
        }
        return row instanceof ReadingOrder.Row.Dropped dropped ? "dropped " + dropped.number() : "added " + ((ReadingOrder.Row.Added) row).number();
    }
}
