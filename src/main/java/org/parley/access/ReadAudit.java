package org.parley.access;

import java.util.List;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Page;

/**
 * Keeps who read which confidential record. The services' read paths hand it every record they
 * return; it keeps the reads of records whose audience is not public.
 */
public interface ReadAudit {
    /** Keeps the reads of the confidential records among {@code records}, in a transaction of its own. */
    void saw(Viewer reader, NegotiationId negotiation, List<Sighting> records);

    /**
     * A page of the reads, newest first, of records in the negotiation whose audience includes one
     * of the parties the viewer acts for there.
     */
    Page.Paged<Read> readsOf(NegotiationId negotiation, Viewer viewer, Page page);

    /** One record as returned to a reader, with the audience that let the reader see it. */
    record Sighting(String kind, String recordId, Audience audience) {
        public Sighting {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(recordId, "recordId");
            java.util.Objects.requireNonNull(audience, "audience");
        }

        public boolean confidential() {
            return !audience.isPublic();
        }
    }

    /** One audited read, as a party sees it. */
    record Read(String reader, String kind, String recordId, String route, java.time.Instant at) {}
}
