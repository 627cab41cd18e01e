package org.parley.ledger;

import java.util.Objects;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;

/**
 * One change to the record, as the ledger keeps it: what happened, to what, who may see it, who did
 * it. {@code audience} is an audience's canonical form, or {@link #MEMBERS} for changes every reader
 * of the negotiation may see (its parties, people and topics).
 */
public record Change(NegotiationId negotiationId, String kind, String subjectId, String audience, String actor, Object payload) {
    public static final String MEMBERS = "members";

    public Change {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(audience, "audience");
        actor = actor == null ? "" : actor;
        Objects.requireNonNull(payload, "payload");
    }

    /** A change to a record guarded by its own audience. */
    public static Change of(NegotiationId negotiation, String kind, Object subject, Audience audience, String actor, Object payload) {
        return new Change(negotiation, kind, subject.toString(), audience.canonical(), actor, payload);
    }

    /** A change every reader of the negotiation may see. */
    public static Change forMembers(NegotiationId negotiation, String kind, Object subject, String actor, Object payload) {
        return new Change(negotiation, kind, subject.toString(), MEMBERS, actor, payload);
    }

    /** Whether {@code viewer}, already a reader of the negotiation, may learn of this change. */
    public boolean isVisibleTo(Viewer viewer) {
        return MEMBERS.equals(audience) || AccessPolicy.canSee(viewer, negotiationId, Audience.parse(audience));
    }
}
