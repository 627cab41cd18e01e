package org.parley.position;

import java.util.List;
import org.parley.access.Viewer;
import org.parley.draft.DraftId;
import org.parley.negotiation.NegotiationId;

/** Where positions are kept: appended, never changed. Reads return what the viewer may see, oldest first. */
public interface Positions {
    void add(Position position);

    List<Position> onDraft(NegotiationId negotiation, DraftId draft, Viewer viewer);

    List<Position> all(NegotiationId negotiation, Viewer viewer);
}
