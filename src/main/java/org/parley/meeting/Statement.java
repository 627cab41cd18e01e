package org.parley.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.access.Audience;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.Text;
import org.parley.negotiation.TopicId;

/**
 * Something a person said, where and when, and how it reached us: the provenance's sources are the
 * reporting chain, nearest first ("told CNBC", "according to NBC News"). An analyst's assessment
 * is a statement by a person who acts for no party.
 */
public record Statement(
        NegotiationId negotiationId,
        StatementId id,
        PersonId speakerId,
        String words,
        LocalDate saidOn,
        String setting,
        List<PointRef> points,
        List<TopicId> topics,
        Audience audience,
        Provenance provenance) {

    public Statement {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(speakerId, "speakerId");
        words = Text.required("words", words, 20_000);
        Objects.requireNonNull(saidOn, "saidOn");
        setting = Text.optional("setting", setting, 500);
        points = List.copyOf(points == null ? List.of() : points);
        topics = List.copyOf(topics == null ? List.of() : topics);
        Objects.requireNonNull(audience, "audience");
        provenance = provenance == null ? Provenance.FIRST_HAND : provenance;
    }
}
