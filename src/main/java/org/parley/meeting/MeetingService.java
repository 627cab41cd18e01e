package org.parley.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.negotiation.Page;
import org.parley.access.ReadAudit;
import org.parley.access.Viewer;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.Drafts;
import org.parley.ledger.Change;
import org.parley.ledger.EventLog;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Party;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Person;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Topic;
import org.parley.negotiation.TopicId;
import org.parley.negotiation.Transactions;

/** Use cases of meetings and statements: record a round of talks, record what someone said; read them. */
public final class MeetingService {
    private final Transactions tx;
    private final Negotiations negotiations;
    private final Drafts drafts;
    private final Meetings meetings;
    private final EventLog events;
    private final ReadAudit audit;

    public MeetingService(Transactions tx, Negotiations negotiations, Drafts drafts, Meetings meetings, EventLog events,
            ReadAudit audit) {
        this.tx = tx;
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.meetings = meetings;
        this.events = events;
        this.audit = audit;
    }

    public Outcome<Meeting> addMeeting(Meeting meeting, Viewer by) {
        return tx.write(() -> {
            NegotiationId n = meeting.negotiationId();
            if (!negotiations.exists(n)) {
                return Outcome.notFound("negotiation " + n);
            }
            if (meetings.meetingExists(n, meeting.id())) {
                return Outcome.conflict("meeting " + meeting.id() + " already exists");
            }
            Set<PartyId> parties = negotiations.parties(n).stream().map(Party::id).collect(Collectors.toSet());
            Set<PersonId> people = negotiations.people(n).stream().map(Person::id).collect(Collectors.toSet());
            for (PersonId person : meeting.attendees()) {
                if (!people.contains(person)) {
                    return Outcome.invalid("attendees", "no person " + person + " in negotiation " + n);
                }
            }
            for (PartyId party : allParties(meeting)) {
                if (!parties.contains(party)) {
                    return Outcome.invalid("parties", "no party " + party + " in negotiation " + n);
                }
            }
            for (DraftId draft : meeting.drafts()) {
                if (!drafts.exists(n, draft)) {
                    return Outcome.invalid("drafts", "no draft " + draft + " in negotiation " + n);
                }
            }
            meetings.addMeeting(meeting);
            events.append(Change.of(n, "meeting.added", meeting.id(), meeting.audience(), by.name(), meeting));
            return Outcome.done(meeting);
        });
    }

    private static List<PartyId> allParties(Meeting meeting) {
        List<PartyId> all = new ArrayList<>(meeting.parties());
        all.addAll(meeting.confidentialTo());
        all.addAll(meeting.audience().parties());
        meeting.handedOver().forEach(h -> {
            all.add(h.from());
            all.addAll(h.to());
        });
        return all;
    }

    public Outcome<Statement> addStatement(Statement statement, Viewer by) {
        return tx.write(() -> {
            NegotiationId n = statement.negotiationId();
            if (!negotiations.exists(n)) {
                return Outcome.notFound("negotiation " + n);
            }
            if (meetings.statementExists(n, statement.id())) {
                return Outcome.conflict("statement " + statement.id() + " already exists");
            }
            if (negotiations.people(n).stream().noneMatch(p -> p.id().equals(statement.speakerId()))) {
                return Outcome.invalid("speakerId", "no person " + statement.speakerId() + " in negotiation " + n);
            }
            Set<PartyId> parties = negotiations.parties(n).stream().map(Party::id).collect(Collectors.toSet());
            if (!parties.containsAll(statement.audience().parties())) {
                return Outcome.invalid("audience", "the audience names a party that is not in negotiation " + n);
            }
            Set<TopicId> topics = negotiations.topics(n).stream().map(Topic::id).collect(Collectors.toSet());
            if (!topics.containsAll(statement.topics())) {
                return Outcome.invalid("topics", "a topic named is not in negotiation " + n);
            }
            for (PointRef ref : statement.points()) {
                Optional<Draft> draft = drafts.find(n, ref.draftId(), by);
                if (draft.isEmpty()) {
                    return Outcome.invalid("points", "no draft " + ref.draftId());
                }
                if (ref.point() != null && draft.get().hasText() && draft.get().point(ref.point()).isEmpty()) {
                    return Outcome.invalid("points", "draft " + ref.draftId() + " has no point " + ref.point());
                }
            }
            meetings.addStatement(statement);
            events.append(Change.of(n, "statement.added", statement.id(), statement.audience(), by.name(), statement));
            return Outcome.done(statement);
        });
    }

    public List<Meeting> meetings(NegotiationId n, Viewer viewer) {
        return meetings(n, viewer, Page.ALL).items();
    }

    /** One page of the meetings the viewer may see; only the page shown goes into the read audit. */
    public Page.Paged<Meeting> meetings(NegotiationId n, Viewer viewer, Page page) {
        Page.Paged<Meeting> shown = page.cut(tx.read(() -> meetings.meetings(n, viewer)));
        audit.saw(viewer, n, shown.items().stream().map(MeetingService::sighting).toList());
        return shown;
    }

    public Optional<Meeting> meeting(NegotiationId n, MeetingId id, Viewer viewer) {
        Optional<Meeting> found = tx.read(() -> meetings.findMeeting(n, id, viewer));
        audit.saw(viewer, n, found.stream().map(MeetingService::sighting).toList());
        return found;
    }

    public List<Statement> statements(NegotiationId n, Viewer viewer) {
        return statements(n, viewer, Page.ALL).items();
    }

    /** One page of the statements the viewer may see; only the page shown goes into the read audit. */
    public Page.Paged<Statement> statements(NegotiationId n, Viewer viewer, Page page) {
        Page.Paged<Statement> shown = page.cut(tx.read(() -> meetings.statements(n, viewer)));
        audit.saw(viewer, n, shown.items().stream().map(MeetingService::sighting).toList());
        return shown;
    }

    public Optional<Statement> statement(NegotiationId n, StatementId id, Viewer viewer) {
        Optional<Statement> found = tx.read(() -> meetings.findStatement(n, id, viewer));
        audit.saw(viewer, n, found.stream().map(MeetingService::sighting).toList());
        return found;
    }

    private static ReadAudit.Sighting sighting(Meeting m) {
        return new ReadAudit.Sighting("meeting", m.id().value(), m.audience());
    }

    private static ReadAudit.Sighting sighting(Statement s) {
        return new ReadAudit.Sighting("statement", s.id().value(), s.audience());
    }
}
