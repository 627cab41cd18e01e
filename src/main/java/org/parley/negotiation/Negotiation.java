package org.parley.negotiation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One negotiation process. It is created once and then grows by its parties, drafts, positions,
 * meetings and statements, which all refer to it by id; its own fields describe it and never
 * change what the records under it mean. A public negotiation may be read by anyone; the others
 * only by people acting for one of its parties.
 */
public record Negotiation(NegotiationId id, String title, String summary, Mode mode, boolean isPublic, Instant createdAt) {
    public Negotiation {
        Objects.requireNonNull(id, "id");
        title = Text.required("title", title, 200);
        summary = Text.optional("summary", summary, 4000);
        Objects.requireNonNull(mode, "mode");
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    }
}
