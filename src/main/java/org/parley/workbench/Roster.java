package org.parley.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.access.Audience;
import org.parley.meeting.PointRef;
import org.parley.meeting.Statement;
import org.parley.negotiation.NegotiationService.Overview;
import org.parley.negotiation.Party;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Person;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.Topic;
import org.parley.negotiation.TopicId;
import org.parley.position.Position;

/** The names a negotiation gives its parties, people and topics, for turning the ids in records into what pages show. */
final class Roster {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Overview overview;
    private final Map<PartyId, PartyBadge> badges = new LinkedHashMap<>();
    private final Map<PersonId, Person> people = new LinkedHashMap<>();
    private final Map<TopicId, Topic> topics = new LinkedHashMap<>();

    Roster(Overview overview) {
        this.overview = overview;
        for (Party p : overview.parties()) {
            badges.put(p.id(), new PartyBadge(p.id().value(), p.shortName(), p.name(), p.colour()));
        }
        overview.people().forEach(p -> people.put(p.id(), p));
        overview.topics().forEach(t -> topics.put(t.id(), t));
    }

    Header header() {
        var n = overview.negotiation();
        return new Header(n.id().value(), n.title(), n.summary(), n.mode().name().toLowerCase(Locale.ROOT), n.isPublic(),
                List.copyOf(badges.values()));
    }

    String href() {
        return "/negotiations/" + overview.negotiation().id().value();
    }

    List<PartyId> partyIds() {
        return List.copyOf(badges.keySet());
    }

    List<PartyBadge> badges() {
        return List.copyOf(badges.values());
    }

    PartyBadge badge(PartyId id) {
        return badges.getOrDefault(id, new PartyBadge(id.value(), id.value().toUpperCase(Locale.ROOT), id.value(), "#6b7280"));
    }

    List<PartyBadge> badges(List<PartyId> ids) {
        return ids.stream().map(this::badge).toList();
    }

    List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    String topicName(TopicId id) {
        Topic topic = topics.get(id);
        return topic == null ? id.value() : topic.name();
    }

    List<Person> people() {
        return List.copyOf(people.values());
    }

    String personName(PersonId id) {
        Person person = people.get(id);
        return person == null ? id.value() : person.name();
    }

    /** Who may read a record: "public", or the short names of its parties. */
    String audience(Audience audience) {
        if (audience.isPublic()) {
            return "public";
        }
        return String.join(", ", audience.parties().stream().map(this::badge).map(PartyBadge::shortName).sorted().toList());
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static SourceLine source(Provenance provenance) {
        return new SourceLine(provenance.certainty().name().toLowerCase(Locale.ROOT), provenance.sources().stream()
                .map(s -> new SourceLine.Source(s.outlet(), s.relation(), s.url(), day(s.publishedOn())))
                .toList());
    }

    StanceChip chip(PartyId party, Position position) {
        return position == null
                ? new StanceChip(badge(party), StanceChip.NONE, "no position")
                : new StanceChip(badge(party), position.stance().code(), position.stance().label());
    }

    StatementView statement(Statement s) {
        Person speaker = people.get(s.speakerId());
        PartyBadge party = speaker == null || speaker.partyId() == null ? null : badge(speaker.partyId());
        return new StatementView(s.id().value(), personName(s.speakerId()), party, day(s.saidOn()), s.words(), s.setting(),
                s.points().stream().map(this::pointLink).toList(),
                s.topics().stream().map(this::topicName).toList(), source(s.provenance()));
    }

    private StatementView.PointLink pointLink(PointRef ref) {
        String draft = href() + "/drafts/" + ref.draftId().value();
        return ref.point() == null
                ? new StatementView.PointLink("draft " + ref.draftId(), draft)
                : new StatementView.PointLink("point " + ref.point() + " of draft " + ref.draftId(),
                        draft + "?point=" + ref.point() + "#point-" + ref.point());
    }
}
