package org.parley.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;

/**
 * The one rule of confidentiality, shared by the API, the web, the CLI, exports and the live stream:
 * a viewer sees a record of a negotiation when the record is public or one of the parties the viewer
 * acts for in that negotiation is in its audience. Stores apply the same rule in SQL, matching the
 * audience against {@link #partiesToMatch}.
 */
public final class AccessPolicy {
    /** Stands in for "no party" in SQL lists, which may not be empty; no party can have this id. */
    public static final String NO_PARTY = "";

    private AccessPolicy() {}

    public static boolean canSee(Viewer viewer, NegotiationId negotiation, Audience audience) {
        return audience.isPublic() || viewer.partiesIn(negotiation).stream().anyMatch(audience.parties()::contains);
    }

    /** The records of {@code records} that {@code viewer} may see, in their order. */
    public static <T> List<T> visible(Viewer viewer, NegotiationId negotiation, Collection<T> records, Function<T, Audience> audienceOf) {
        return records.stream().filter(r -> canSee(viewer, negotiation, audienceOf.apply(r))).toList();
    }

    /** Whether the viewer may open the negotiation at all: it is public, or the viewer is a member of it. */
    public static boolean canOpen(Viewer viewer, NegotiationId negotiation, boolean negotiationIsPublic) {
        return negotiationIsPublic || viewer.seats().containsKey(negotiation);
    }

    /** Whether the viewer may change anything at all: the anonymous public only reads. */
    public static boolean maySignedInChange(Viewer viewer) {
        return !viewer.equals(Viewer.PUBLIC);
    }

    /**
     * Whether the viewer may add or change records in the negotiation: it holds a seat there, or it
     * created the negotiation (and is still setting it up, before anyone is seated).
     */
    public static boolean mayWriteIn(Viewer viewer, NegotiationId negotiation, Optional<String> creator) {
        return maySignedInChange(viewer)
                && (!viewer.partiesIn(negotiation).isEmpty() || creator.filter(viewer.name()::equals).isPresent());
    }

    /** Whether the viewer may record a position in the name of {@code party}: only by acting for it. */
    public static boolean mayRecordFor(Viewer viewer, NegotiationId negotiation, PartyId party) {
        return viewer.partiesIn(negotiation).contains(party);
    }

    /**
     * Whether the viewer may let an account act for {@code party}: the negotiation's creator seats
     * its first delegates; after that, only someone acting for a party brings colleagues into it.
     */
    public static boolean maySeat(Viewer viewer, NegotiationId negotiation, PartyId party, Optional<String> creator) {
        return maySignedInChange(viewer)
                && (viewer.partiesIn(negotiation).contains(party) || creator.filter(viewer.name()::equals).isPresent());
    }

    /** Whether the viewer may see who read its parties' records: only by holding a seat in the negotiation. */
    public static boolean mayAudit(Viewer viewer, NegotiationId negotiation) {
        return !viewer.partiesIn(negotiation).isEmpty();
    }

    /** The party ids a store matches against audiences in SQL; never empty, so it can be bound as a list. */
    public static List<String> partiesToMatch(Viewer viewer, NegotiationId negotiation) {
        List<String> parties = viewer.partiesIn(negotiation).stream().map(PartyId::value).sorted().toList();
        return parties.isEmpty() ? List.of(NO_PARTY) : parties;
    }

    /**
     * The negotiation ids of which the viewer is a member (a seat, or having created it), for listing
     * private negotiations; never empty.
     */
    public static List<String> seatedNegotiations(Viewer viewer) {
        List<String> ids = viewer.seats().keySet().stream()
                .map(NegotiationId::value)
                .sorted()
                .toList();
        return ids.isEmpty() ? List.of(NO_PARTY) : ids;
    }
}
