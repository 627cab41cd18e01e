package org.parley.workbench;

import java.util.List;

/** A negotiation at a glance: who takes part, the lineage of its drafts, where agreement stands, and what happened. */
public record DashboardPage(Header header, List<PeopleOfParty> people, Lineage lineage, List<DraftLine> drafts, Standing standing,
        List<TimelineEntry> timeline) {

    public DashboardPage {
        people = List.copyOf(people);
        drafts = List.copyOf(drafts);
        timeline = List.copyOf(timeline);
    }

    /** The people acting for one party, or for none when {@code party} is null. */
    public record PeopleOfParty(PartyBadge party, List<PersonLine> people) {}

    /** A person's name and role. */
    public record PersonLine(String name, String title) {}

    /** A draft as a line of the list beside the lineage graph, for readers without the picture; {@code audience} says whose its text is. */
    public record DraftLine(String id, String title, String href, String authors, String date, String status, int points,
            String audience, boolean withheld, String derivedFrom) {}

    /** Where agreement stands on the latest draft whose text the viewer may read; null when there is none. */
    public record Standing(String draftId, String draftTitle, String href, Counts total, List<TopicStanding> topics,
            List<StickingPoint> stickingPoints) {}

    /** How many points are in each state. */
    public record Counts(int agreed, int open, int contested, int blocked, int unknown) {
        public int total() {
            return agreed + open + contested + blocked + unknown;
        }
    }

    /** The states of the points that touch one topic. */
    public record TopicStanding(String topic, boolean stickingPoint, Counts counts) {}

    /** A topic reported as a sticking point, with the state of each point touching it. */
    public record StickingPoint(String topic, List<PointState> points) {}

    /** A point and where agreement on it stands. */
    public record PointState(String number, String href, String state) {}

    /** One event of the timeline: a meeting, a draft or a statement, with its source. */
    public record TimelineEntry(String date, String isoDate, String kind, String title, String detail, String href, SourceLine source) {}
}
