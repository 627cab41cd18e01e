package org.parley.draft;

import java.util.List;
import java.util.Optional;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;

/** Where drafts are kept. Reads take the viewer and return only what the access policy lets it see. */
public interface Drafts {
    boolean exists(NegotiationId negotiation, DraftId id);

    void add(Draft draft);

    /**
     * The draft as the viewer may see it: whole when it is in the draft's audience; without its text
     * (and with its point count) when the viewer may only know it exists; empty otherwise.
     */
    Optional<Draft> find(NegotiationId negotiation, DraftId id, Viewer viewer);

    /** The drafts the viewer may know of, in the order they were added. */
    List<DraftSummary> list(NegotiationId negotiation, Viewer viewer);

    void changeStatus(NegotiationId negotiation, DraftId id, DraftStatus status);

    void changeAudience(NegotiationId negotiation, DraftId id, Audience audience, Audience existence);
}
