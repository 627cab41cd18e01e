package org.parley.workbench;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.access.Viewer;
import org.parley.draft.DraftService;
import org.parley.draft.DraftSummary;
import org.parley.draft.Point;
import org.parley.draft.PointNumber;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingService;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.NegotiationService;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Person;
import org.parley.negotiation.Text;
import org.parley.negotiation.Topic;
import org.parley.position.Agreement;
import org.parley.position.PositionService;
import org.parley.workbench.DashboardPage.Counts;

/** Reads the pages of a negotiation as a whole: the list, the dashboard, the meetings and statements. */
public final class NegotiationPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm xxx", Locale.ENGLISH);

    private final NegotiationService negotiations;
    private final DraftService drafts;
    private final PositionService positions;
    private final MeetingService meetings;

    public NegotiationPages(NegotiationService negotiations, DraftService drafts, PositionService positions, MeetingService meetings) {
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.positions = positions;
        this.meetings = meetings;
    }

    public NegotiationsPage list(Viewer viewer) {
        return new NegotiationsPage(negotiations.list(viewer).stream()
                .map(n -> new NegotiationsPage.Item(n.id().value(), n.title(), n.summary(), n.mode().name().toLowerCase(Locale.ROOT),
                        n.isPublic(), Roster.DAY.format(n.createdAt().atOffset(ZoneOffset.UTC))))
                .toList());
    }

    /** The roster of a negotiation the viewer may open. */
    Optional<Roster> roster(NegotiationId id, Viewer viewer) {
        return negotiations.overview(id, viewer).map(Roster::new);
    }

    public Optional<Header> header(NegotiationId id, Viewer viewer) {
        return roster(id, viewer).map(Roster::header);
    }

    public Optional<DashboardPage> dashboard(NegotiationId id, Viewer viewer) {
        return roster(id, viewer).map(roster -> {
            List<DraftSummary> known = drafts.list(id, viewer);
            return new DashboardPage(roster.header(), people(roster), LineageLayout.layout(known, roster),
                    known.stream().map(d -> draftLine(d, roster)).toList(), standing(id, known, roster, viewer),
                    timeline(id, known, roster, viewer));
        });
    }

    public Optional<RecordPage> record(NegotiationId id, Viewer viewer) {
        return roster(id, viewer).map(roster -> new RecordPage(roster.header(),
                meetings.meetings(id, viewer).stream().sorted(Comparator.comparing(Meeting::start).reversed())
                        .map(m -> meeting(m, roster)).toList(),
                newestFirst(meetings.statements(id, viewer).stream().map(roster::statement).toList())));
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    private static List<DashboardPage.PeopleOfParty> people(Roster roster) {
        Map<PartyId, List<DashboardPage.PersonLine>> byParty = new LinkedHashMap<>();
        roster.partyIds().forEach(p -> byParty.put(p, new ArrayList<>()));
        List<DashboardPage.PersonLine> independent = new ArrayList<>();
        for (Person person : roster.people()) {
            var line = new DashboardPage.PersonLine(person.name(), person.title());
            person.party().map(p -> byParty.computeIfAbsent(p, k -> new ArrayList<>())).orElse(independent).add(line);
        }
        List<DashboardPage.PeopleOfParty> groups = new ArrayList<>();
        byParty.forEach((party, people) -> {
            if (!people.isEmpty()) {
                groups.add(new DashboardPage.PeopleOfParty(roster.badge(party), people));
            }
        });
        if (!independent.isEmpty()) {
            groups.add(new DashboardPage.PeopleOfParty(null, independent));
        }
        return groups;
    }

    private static DashboardPage.DraftLine draftLine(DraftSummary d, Roster roster) {
        String authors = String.join(", ", roster.badges(d.authors()).stream().map(PartyBadge::shortName).toList());
        String from = String.join(", ", d.derivedFrom().stream()
                .map(x -> x.kind().name().toLowerCase(Locale.ROOT) + " " + x.from().value()).toList());
        return new DashboardPage.DraftLine(d.id().value(), d.title(), roster.href() + "/drafts/" + d.id().value(), authors,
                Roster.day(d.date()), d.status().name().toLowerCase(Locale.ROOT), d.pointCount(), LineageLayout.textLabel(d, roster),
                !d.readable() || !d.hasText(), from);
    }

    private DashboardPage.Standing standing(NegotiationId id, List<DraftSummary> known, Roster roster, Viewer viewer) {
        Optional<DraftSummary> latest = known.stream().filter(d -> d.readable() && d.hasText()).reduce((a, b) -> b);
        if (latest.isEmpty()) {
            return null;
        }
        DraftSummary summary = latest.get();
        var draft = drafts.find(id, summary.id(), viewer).orElseThrow();
        Agreement agreement = Agreement.of(roster.partyIds(), positions.onDraft(id, summary.id(), viewer));
        String draftHref = roster.href() + "/drafts/" + summary.id().value();
        List<DashboardPage.TopicStanding> topics = new ArrayList<>();
        List<DashboardPage.StickingPoint> sticking = new ArrayList<>();
        for (Topic topic : roster.topics()) {
            List<Point> touching = draft.points().stream().filter(p -> p.topics().contains(topic.id())).toList();
            if (touching.isEmpty()) {
                continue;
            }
            topics.add(new DashboardPage.TopicStanding(topic.name(), topic.stickingPoint(), counts(agreement, touching)));
            if (topic.stickingPoint()) {
                sticking.add(new DashboardPage.StickingPoint(topic.name(), touching.stream()
                        .map(p -> new DashboardPage.PointState(p.number().value(),
                                draftHref + "?point=" + p.number() + "#point-" + p.number(), state(agreement, p.number())))
                        .toList()));
            }
        }
        return new DashboardPage.Standing(summary.id().value(), summary.title(), draftHref, counts(agreement, draft.points()), topics,
                sticking);
    }

    static Counts counts(Agreement agreement, List<Point> points) {
        var byState = agreement.byState(points.stream().map(Point::number).toList());
        return new Counts(byState.get(Agreement.State.AGREED).size(), byState.get(Agreement.State.OPEN).size(),
                byState.get(Agreement.State.CONTESTED).size(), byState.get(Agreement.State.BLOCKED).size(),
                byState.get(Agreement.State.UNKNOWN).size());
    }

    static String state(Agreement agreement, PointNumber point) {
        return agreement.state(point).name().toLowerCase(Locale.ROOT);
    }

    private List<DashboardPage.TimelineEntry> timeline(NegotiationId id, List<DraftSummary> known, Roster roster, Viewer viewer) {
        List<DashboardPage.TimelineEntry> entries = new ArrayList<>();
        for (Meeting m : meetings.meetings(id, viewer)) {
            entries.add(new DashboardPage.TimelineEntry(Roster.day(m.start().toLocalDate()), m.start().toLocalDate().toString(), "meeting",
                    m.title(), m.place(), roster.href() + "/record#meeting-" + m.id().value(), Roster.source(m.provenance())));
        }
        for (DraftSummary d : known) {
            entries.add(new DashboardPage.TimelineEntry(Roster.day(d.date()), d.date() == null ? "" : d.date().toString(), "draft",
                    d.title(), Text.counted(d.pointCount(), "point"), roster.href() + "/drafts/" + d.id().value(), Roster.source(d.provenance())));
        }
        for (var s : meetings.statements(id, viewer)) {
            StatementView view = roster.statement(s);
            entries.add(new DashboardPage.TimelineEntry(view.date(), s.saidOn().toString(), "statement", view.speaker(), view.words(),
                    roster.href() + "/record#statement-" + view.id(), view.source()));
        }
        entries.sort(Comparator.comparing(DashboardPage.TimelineEntry::isoDate).reversed());
        return entries;
    }

    private static RecordPage.MeetingView meeting(Meeting m, Roster roster) {
        return new RecordPage.MeetingView(m.id().value(), m.title(), m.place(), WHEN.format(m.start()), duration(m.duration()),
                m.attendees().stream().map(roster::personName).toList(), roster.badges(m.parties()),
                m.drafts().stream().map(d -> new StatementView.PointLink("draft " + d, roster.href() + "/drafts/" + d)).toList(),
                m.handedOver().stream().map(h -> h.description() + " (" + roster.badge(h.from()).shortName() + " to "
                        + String.join(", ", roster.badges(h.to()).stream().map(PartyBadge::shortName).toList()) + ")").toList(),
                m.outcome(), String.join(", ", roster.badges(m.confidentialTo()).stream().map(PartyBadge::shortName).toList()),
                Roster.source(m.provenance()));
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        return hours > 0 ? hours + " h" + (minutes > 0 ? " " + minutes + " min" : "") : minutes + " min";
    }
}
