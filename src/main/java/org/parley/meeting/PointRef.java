package org.parley.meeting;

import java.util.Objects;
import org.parley.draft.DraftId;
import org.parley.draft.PointNumber;

/** A point of a draft, or the whole draft when {@code point} is null, as referred to from a statement. */
public record PointRef(DraftId draftId, PointNumber point) {
    public PointRef {
        Objects.requireNonNull(draftId, "draftId");
    }
}
