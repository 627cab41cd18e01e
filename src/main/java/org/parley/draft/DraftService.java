package org.parley.draft;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.negotiation.Page;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.ReadAudit;
import org.parley.access.Viewer;
import org.parley.ledger.Change;
import org.parley.ledger.EventLog;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Party;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Topic;
import org.parley.negotiation.TopicId;
import org.parley.negotiation.Transactions;

/** Use cases of drafts: add one (its text is then fixed), move its status on, disclose it wider; read them. */
public final class DraftService {
    private final Transactions tx;
    private final Negotiations negotiations;
    private final Drafts drafts;
    private final EventLog events;
    private final ReadAudit audit;

    public DraftService(Transactions tx, Negotiations negotiations, Drafts drafts, EventLog events, ReadAudit audit) {
        this.tx = tx;
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.events = events;
        this.audit = audit;
    }

    public Outcome<Draft> add(Draft draft, Viewer by) {
        return tx.write(() -> {
            NegotiationId n = draft.negotiationId();
            if (!negotiations.exists(n)) {
                return Outcome.notFound("negotiation " + n);
            }
            if (drafts.exists(n, draft.id())) {
                return Outcome.conflict("draft " + draft.id() + " already exists; a changed text is a new draft");
            }
            Set<PartyId> parties = partyIds(n);
            Set<PartyId> named = new HashSet<>(draft.authors());
            named.addAll(draft.audience().parties());
            named.addAll(draft.existence().parties());
            for (PartyId party : named) {
                if (!parties.contains(party)) {
                    return Outcome.invalid("authors", "no party " + party + " in negotiation " + n);
                }
            }
            for (Derivation d : draft.derivedFrom()) {
                if (!drafts.exists(n, d.from())) {
                    return Outcome.invalid("derivedFrom", "no draft " + d.from() + " to derive from");
                }
            }
            Set<TopicId> topics = negotiations.topics(n).stream().map(Topic::id).collect(Collectors.toSet());
            for (Point point : draft.points()) {
                for (TopicId topic : point.topics()) {
                    if (!topics.contains(topic)) {
                        return Outcome.invalid("points", "point " + point.number() + " names unknown topic " + topic);
                    }
                }
            }
            drafts.add(draft);
            events.append(Change.of(n, "draft.added", draft.id(), draft.audience(), by.name(), draft));
            return Outcome.done(draft);
        });
    }

    public Outcome<Draft> changeStatus(NegotiationId n, DraftId id, DraftStatus status, Viewer by) {
        return tx.write(() -> {
            Optional<Draft> found = drafts.find(n, id, by);
            if (found.isEmpty()) {
                return Outcome.notFound("draft " + id);
            }
            drafts.changeStatus(n, id, status);
            events.append(Change.of(n, "draft.status-changed", id, found.get().existence(), by.name(), status));
            return Outcome.done(found.get().withStatus(status));
        });
    }

    /** Widens who may read a draft and who may know of it; narrowing is refused, since what was seen stays seen. */
    public Outcome<Draft> disclose(NegotiationId n, DraftId id, Audience readers, Audience knowers, Viewer by) {
        return tx.write(() -> {
            Optional<Draft> found = drafts.find(n, id, by);
            if (found.isEmpty()) {
                return Outcome.notFound("draft " + id);
            }
            Draft draft = found.get();
            Audience wantedKnowers = knowers == null ? draft.existence() : knowers;
            for (Audience.Disclosure d : List.of(draft.audience().widenTo(readers), draft.existence().widenTo(wantedKnowers))) {
                if (d instanceof Audience.Disclosure.Refused refused) {
                    return Outcome.conflict(refused.reason());
                }
            }
            if (!wantedKnowers.covers(readers)) {
                return Outcome.invalid("existence", "everyone who may read a draft must also know it exists");
            }
            Set<PartyId> parties = partyIds(n);
            if (!parties.containsAll(readers.parties()) || !parties.containsAll(wantedKnowers.parties())) {
                return Outcome.invalid("audience", "the audience names a party that is not in negotiation " + n);
            }
            drafts.changeAudience(n, id, readers, wantedKnowers);
            events.append(Change.of(n, "draft.disclosed", id, wantedKnowers, by.name(),
                    new Disclosed(draft.audience(), readers, draft.existence(), wantedKnowers)));
            return Outcome.done(draft.withAudience(readers, wantedKnowers));
        });
    }

    /** What a disclosure changed, as the ledger records it. */
    public record Disclosed(Audience readersBefore, Audience readersAfter, Audience knowersBefore, Audience knowersAfter) {}

    public Optional<Draft> find(NegotiationId n, DraftId id, Viewer viewer) {
        Optional<Draft> found = tx.read(() -> drafts.find(n, id, viewer));
        found.ifPresent(d -> audit.saw(viewer, n, List.of(sighting(viewer, n, d.id(), d.audience(), d.existence()))));
        return found;
    }

    public List<DraftSummary> list(NegotiationId n, Viewer viewer) {
        return list(n, viewer, Page.ALL).items();
    }

    /** One page of the drafts the viewer may know of; only the page shown goes into the read audit. */
    public Page.Paged<DraftSummary> list(NegotiationId n, Viewer viewer, Page page) {
        Page.Paged<DraftSummary> shown = page.cut(tx.read(() -> drafts.list(n, viewer)));
        audit.saw(viewer, n, shown.items().stream().map(d -> sighting(viewer, n, d.id(), d.audience(), d.existence())).toList());
        return shown;
    }

    /** A read of the draft's text when the viewer may read it, else of the fact that it exists. */
    static ReadAudit.Sighting sighting(Viewer viewer, NegotiationId n, DraftId id, Audience readers, Audience knowers) {
        return AccessPolicy.canSee(viewer, n, readers)
                ? new ReadAudit.Sighting("draft", id.value(), readers)
                : new ReadAudit.Sighting("draft-existence", id.value(), knowers);
    }

    private Set<PartyId> partyIds(NegotiationId n) {
        Set<PartyId> ids = new HashSet<>();
        for (Party p : negotiations.parties(n)) {
            ids.add(p.id());
        }
        return ids;
    }
}
