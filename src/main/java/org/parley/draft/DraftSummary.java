package org.parley.draft;

import java.time.LocalDate;
import java.util.List;
import org.parley.access.Audience;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Provenance;

/** What a list of drafts shows of each: everything but the text. {@code readable} says whether the viewer may open the text. */
public record DraftSummary(
        DraftId id,
        String title,
        List<PartyId> authors,
        LocalDate date,
        DraftStatus status,
        Audience audience,
        Audience existence,
        int pointCount,
        boolean hasText,
        boolean readable,
        List<Derivation> derivedFrom,
        Provenance provenance) {

    public DraftSummary {
        authors = List.copyOf(authors);
        derivedFrom = List.copyOf(derivedFrom);
    }
}
