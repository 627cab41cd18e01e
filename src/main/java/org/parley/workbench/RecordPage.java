package org.parley.workbench;

import java.util.List;

/** The meetings and statements of a negotiation, with their sources. */
public record RecordPage(Header header, List<MeetingView> meetings, List<StatementView> statements) {
    public RecordPage {
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
    }

    /** A round of talks as the record shows it. */
    public record MeetingView(String id, String title, String place, String when, String duration, List<String> attendees,
            List<PartyBadge> parties, List<StatementView.PointLink> drafts, List<String> handedOver, String outcome,
            String confidentialTo, SourceLine source) {}
}
