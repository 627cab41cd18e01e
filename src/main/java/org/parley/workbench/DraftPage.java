package org.parley.workbench;

import java.util.List;

/**
 * A draft point by point, with each party's current stance, filtered by topic and stance; the
 * history of one point when asked for. A draft whose text the viewer may not read shows what is known.
 */
public record DraftPage(Header header, Info draft, List<Option> otherDrafts, Filters filters, List<Row> rows, int shownOf,
        List<StanceChip> onWholeDraft, History history) {

    public DraftPage {
        otherDrafts = List.copyOf(otherDrafts);
        rows = List.copyOf(rows);
        onWholeDraft = List.copyOf(onWholeDraft);
    }

    /** What is known of the draft itself. {@code withheld} when its text is not shown to this viewer. */
    public record Info(String id, String title, List<PartyBadge> authors, String date, String status, String readers, String knownTo,
            int pointCount, boolean withheld, String withheldReason, String derivedFrom, String preamble, String note, SourceLine source) {}

    /** The topic and stance filters, with the options each offers. */
    public record Filters(List<Option> topics, List<Option> stances, boolean active) {}

    /** One point: its number, text and topics, the state of agreement, and a chip per party. */
    public record Row(String number, String section, String text, List<String> topics, String state, List<StanceChip> chips,
            String historyHref, boolean selected) {}

    /** The positions on one point over time, the statements that refer to it, and where it came from and went. */
    public record History(String number, String text, List<Entry> positions, List<StatementView> statements, List<String> earlier,
            List<String> later) {}

    /** One recorded position, oldest first. */
    public record Entry(String date, StanceChip chip, String reason, String recordedBy, SourceLine source) {}
}
