package org.parley.position;

import java.util.List;
import org.parley.draft.DraftId;
import org.parley.draft.PointNumber;
import org.parley.negotiation.PartyId;

/**
 * Where agreement stands on one draft, as a viewer may see it: for each point the current position
 * of each party that took one, and how far the point is from agreement.
 */
public record Board(DraftId draftId, List<PartyId> parties, List<Position> onWholeDraft, List<Row> points) {
    public Board {
        parties = List.copyOf(parties);
        onWholeDraft = List.copyOf(onWholeDraft);
        points = List.copyOf(points);
    }

    /** One point: its state and the current positions on it, in the order of the parties. */
    public record Row(PointNumber number, Agreement.State state, List<Position> current) {
        public Row {
            current = List.copyOf(current);
        }
    }
}
