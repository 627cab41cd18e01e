package org.parley.negotiation;

import java.util.Objects;

/** A subject that cuts across points (territory, security guarantees, sanctions); a sticking point when reported as one. */
public record Topic(NegotiationId negotiationId, TopicId id, String name, boolean stickingPoint) {
    public Topic {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, 200);
    }
}
