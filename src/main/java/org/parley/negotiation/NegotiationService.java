package org.parley.negotiation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.access.Viewer;
import org.parley.ledger.Change;
import org.parley.ledger.EventLog;

/** Use cases of a negotiation itself: open one, seat its parties, name its people and topics; read them. */
public final class NegotiationService {
    private final Transactions tx;
    private final Negotiations negotiations;
    private final EventLog events;

    public NegotiationService(Transactions tx, Negotiations negotiations, EventLog events) {
        this.tx = tx;
        this.negotiations = negotiations;
        this.events = events;
    }

    public Outcome<Negotiation> create(Negotiation negotiation, Viewer by) {
        return tx.write(() -> {
            if (negotiations.exists(negotiation.id())) {
                return Outcome.conflict("negotiation " + negotiation.id() + " already exists");
            }
            negotiations.add(negotiation);
            events.append(Change.forMembers(negotiation.id(), "negotiation.created", negotiation.id(), by.name(), negotiation));
            return Outcome.done(negotiation);
        });
    }

    public Outcome<Party> addParty(Party party, Viewer by) {
        return tx.write(() -> {
            if (!negotiations.exists(party.negotiationId())) {
                return Outcome.notFound("negotiation " + party.negotiationId());
            }
            if (negotiations.parties(party.negotiationId()).stream().anyMatch(p -> p.id().equals(party.id()))) {
                return Outcome.conflict("party " + party.id() + " already exists");
            }
            negotiations.addParty(party);
            events.append(Change.forMembers(party.negotiationId(), "party.added", party.id(), by.name(), party));
            return Outcome.done(party);
        });
    }

    public Outcome<Person> addPerson(Person person, Viewer by) {
        return tx.write(() -> {
            if (!negotiations.exists(person.negotiationId())) {
                return Outcome.notFound("negotiation " + person.negotiationId());
            }
            List<Party> parties = negotiations.parties(person.negotiationId());
            if (person.party().isPresent() && parties.stream().noneMatch(p -> p.id().equals(person.partyId()))) {
                return Outcome.invalid("partyId", "no party " + person.partyId() + " in this negotiation");
            }
            if (negotiations.people(person.negotiationId()).stream().anyMatch(p -> p.id().equals(person.id()))) {
                return Outcome.conflict("person " + person.id() + " already exists");
            }
            negotiations.addPerson(person);
            events.append(Change.forMembers(person.negotiationId(), "person.added", person.id(), by.name(), person));
            return Outcome.done(person);
        });
    }

    public Outcome<Topic> addTopic(Topic topic, Viewer by) {
        return tx.write(() -> {
            if (!negotiations.exists(topic.negotiationId())) {
                return Outcome.notFound("negotiation " + topic.negotiationId());
            }
            if (negotiations.topics(topic.negotiationId()).stream().anyMatch(t -> t.id().equals(topic.id()))) {
                return Outcome.conflict("topic " + topic.id() + " already exists");
            }
            negotiations.addTopic(topic);
            events.append(Change.forMembers(topic.negotiationId(), "topic.added", topic.id(), by.name(), topic));
            return Outcome.done(topic);
        });
    }

    public List<Negotiation> list(Viewer viewer) {
        return tx.read(() -> negotiations.list(viewer));
    }

    /** The negotiation with its parties, people and topics, when the viewer may open it. */
    public Optional<Overview> overview(NegotiationId id, Viewer viewer) {
        return tx.read(() -> negotiations.find(id, viewer).map(n ->
                new Overview(n, negotiations.parties(id), negotiations.people(id), negotiations.topics(id))));
    }

    /**
     * A viewer seated in every party of the negotiation: the operator at the command line, who holds
     * the database itself and so gains nothing by being kept out; used for backups and full exports.
     */
    public Viewer operator(NegotiationId id, String name) {
        return tx.read(() -> new Viewer(name, Map.of(id,
                negotiations.parties(id).stream().map(Party::id).collect(Collectors.toSet())), false));
    }

    /** A negotiation and who takes part in it. */
    public record Overview(Negotiation negotiation, List<Party> parties, List<Person> people, List<Topic> topics) {}
}
