package org.parley.negotiation;

import java.util.List;
import java.util.Optional;
import org.parley.access.Viewer;

/** Where negotiations and their parties, people and topics are kept. */
public interface Negotiations {
    boolean exists(NegotiationId id);

    void add(Negotiation negotiation);

    /** The negotiation, when the viewer may open it. */
    Optional<Negotiation> find(NegotiationId id, Viewer viewer);

    /** Every negotiation the viewer may open, newest first. */
    List<Negotiation> list(Viewer viewer);

    void addParty(Party party);

    List<Party> parties(NegotiationId id);

    void addPerson(Person person);

    List<Person> people(NegotiationId id);

    void addTopic(Topic topic);

    List<Topic> topics(NegotiationId id);
}
