package org.parley.workbench;

import java.util.List;

/** Something said, by whom and when, with the points it refers to and its sources. */
public record StatementView(String id, String speaker, PartyBadge speakerParty, String date, String words, String setting,
        List<PointLink> points, List<String> topics, SourceLine source) {
    public StatementView {
        points = List.copyOf(points);
        topics = List.copyOf(topics);
    }

    /** A link to a point of a draft, or to the draft as a whole. */
    public record PointLink(String label, String href) {}
}
