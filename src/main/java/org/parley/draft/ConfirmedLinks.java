package org.parley.draft;

import java.util.List;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;

/** Where confirmed links are kept; a viewer sees those between two drafts whose texts it may both read. */
public interface ConfirmedLinks {
    void add(LinkConfirmation link);

    void remove(NegotiationId negotiation, String id);

    /** The confirmations from draft {@code from} to draft {@code to} the viewer may see, oldest first. */
    List<LinkConfirmation> between(NegotiationId negotiation, DraftId from, DraftId to, Viewer viewer);

    /** Every confirmation of the negotiation the viewer may see, oldest first. */
    List<LinkConfirmation> all(NegotiationId negotiation, Viewer viewer);
}
