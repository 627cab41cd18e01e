package org.parley.workbench;

import java.util.List;

/**
 * Parties down, points across, each cell a stance, with totals at the ends, for a whole draft or the
 * points of one topic; and how agreement moved from draft to draft.
 */
public record MatrixPage(Header header, String draftId, String draftTitle, List<Option> drafts, List<Option> topics, List<Column> points,
        List<Row> rows, List<DraftStanding> movement, String message) {

    public MatrixPage {
        drafts = List.copyOf(drafts);
        topics = List.copyOf(topics);
        points = List.copyOf(points);
        rows = List.copyOf(rows);
        movement = List.copyOf(movement);
    }

    /** A point as a column: how many parties accept it and its state. */
    public record Column(String number, String href, String text, int accepting, String state) {}

    /** A party as a row: its stance on each point and its totals. */
    public record Row(PartyBadge party, List<StanceChip> cells, int accepts, int objects, int silent) {}

    /** Agreement on one draft, for the movement table. */
    public record DraftStanding(String draftId, String title, String href, DashboardPage.Counts counts) {}
}
