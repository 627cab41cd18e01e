package org.parley.position;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.negotiation.Page;
import org.parley.access.AccessPolicy;
import org.parley.access.ReadAudit;
import org.parley.access.Viewer;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.Drafts;
import org.parley.draft.PointNumber;
import org.parley.ledger.Change;
import org.parley.ledger.EventLog;
import org.parley.meeting.Meetings;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Party;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Transactions;

/** Use cases of positions: record a party's stance on a point; read where agreement stands. */
public final class PositionService {
    private final Transactions tx;
    private final Negotiations negotiations;
    private final Drafts drafts;
    private final Meetings meetings;
    private final Positions positions;
    private final EventLog events;
    private final ReadAudit audit;

    public PositionService(Transactions tx, Negotiations negotiations, Drafts drafts, Meetings meetings, Positions positions,
            EventLog events, ReadAudit audit) {
        this.tx = tx;
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.meetings = meetings;
        this.positions = positions;
        this.events = events;
        this.audit = audit;
    }

    public Outcome<Position> record(Position position, Viewer by) {
        return tx.write(() -> {
            NegotiationId n = position.negotiationId();
            if (!negotiations.exists(n)) {
                return Outcome.notFound("negotiation " + n);
            }
            Optional<Draft> found = drafts.find(n, position.draftId(), by);
            if (found.isEmpty()) {
                return Outcome.notFound("draft " + position.draftId());
            }
            Draft draft = found.get();
            if (negotiations.parties(n).stream().noneMatch(p -> p.id().equals(position.partyId()))) {
                return Outcome.invalid("partyId", "no party " + position.partyId() + " in negotiation " + n);
            }
            if (!AccessPolicy.mayRecordFor(by, n, position.partyId())) {
                return Outcome.forbidden(by.name() + " does not act for " + position.partyId() + ", so may not record its position");
            }
            if (position.point() == null && !draft.existence().covers(position.audience())) {
                return Outcome.invalid("audience", "a position cannot be shown wider than draft " + draft.id() + " is known");
            }
            if (position.point() != null && !draft.audience().covers(position.audience())) {
                return Outcome.invalid("audience", "a position on a point cannot be shown wider than the text of draft " + draft.id());
            }
            if (position.point() != null || !position.conditions().isEmpty()) {
                if (!draft.hasText()) {
                    return Outcome.invalid("point", "the text of draft " + draft.id() + " is not held, so its points cannot be named");
                }
                for (PointNumber number : pointsNamed(position)) {
                    if (draft.point(number).isEmpty()) {
                        return Outcome.invalid("point", "draft " + draft.id() + " has no point " + number);
                    }
                }
            }
            if (position.statement().isPresent() && !meetings.statementExists(n, position.statementId())) {
                return Outcome.invalid("statementId", "no statement " + position.statementId());
            }
            positions.add(position);
            events.append(Change.of(n, "position.recorded", position.id(), position.audience(), by.name(), position));
            return Outcome.done(position);
        });
    }

    private static List<PointNumber> pointsNamed(Position position) {
        return position.point() == null ? position.conditions()
                : Stream.concat(Stream.of(position.point()), position.conditions().stream()).toList();
    }

    /** Every position on the draft the viewer may see, oldest first: the history of each point. */
    public List<Position> onDraft(NegotiationId n, DraftId draft, Viewer viewer) {
        return audited(n, viewer, tx.read(() -> positions.onDraft(n, draft, viewer)));
    }

    /**
     * One page of the positions on the draft the viewer may see, oldest first; empty when the viewer
     * may not know the draft. Only the page shown goes into the read audit.
     */
    public Optional<Page.Paged<Position>> history(NegotiationId n, DraftId draft, Viewer viewer, Page page) {
        Optional<Page.Paged<Position>> shown = tx.read(() -> drafts.find(n, draft, viewer).map(d -> page.cut(positions.onDraft(n, draft, viewer))));
        shown.ifPresent(p -> audited(n, viewer, p.items()));
        return shown;
    }

    /** Where agreement stands on each point of the draft, from the positions the viewer may see. */
    public Optional<Board> board(NegotiationId n, DraftId draft, Viewer viewer) {
        return tx.read(() -> drafts.find(n, draft, viewer).map(d -> {
            List<PartyId> parties = negotiations.parties(n).stream().map(Party::id).toList();
            Agreement agreement = Agreement.of(parties, audited(n, viewer, positions.onDraft(n, draft, viewer)));
            List<Board.Row> rows = d.points().stream().map(p -> new Board.Row(p.number(), agreement.state(p.number()),
                    parties.stream().flatMap(party -> agreement.current(p.number(), party).stream()).toList())).toList();
            return new Board(draft, parties, parties.stream().map(agreement.onWholeDraft()::get)
                    .filter(Objects::nonNull).toList(), rows);
        }));
    }

    public List<Position> all(NegotiationId n, Viewer viewer) {
        return audited(n, viewer, tx.read(() -> positions.all(n, viewer)));
    }

    private List<Position> audited(NegotiationId n, Viewer viewer, List<Position> found) {
        audit.saw(viewer, n, found.stream().map(p -> new ReadAudit.Sighting("position", p.id().value(), p.audience())).toList());
        return found;
    }
}
