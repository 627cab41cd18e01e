package org.parley.platform.db;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;

/**
 * The audience table, shared by every store: writes a record's audience, reads audiences back, and
 * gives the SQL condition that applies {@link AccessPolicy} inside a query.
 */
public final class AudienceRows {
    private AudienceRows() {}

    /**
     * A condition true for rows of {@code alias} (with columns negotiation_id, id, and the boolean
     * {@code publicColumn}) that the viewer bound as {@code <parties>} may see.
     */
    public static String visible(String alias, String publicColumn, String kind) {
        return "(" + alias + "." + publicColumn + " OR EXISTS (SELECT 1 FROM audience aud WHERE aud.negotiation_id = "
                + alias + ".negotiation_id AND aud.record_kind = '" + kind + "' AND aud.record_id = " + alias
                + ".id AND aud.party_id IN (<parties>)))";
    }

    /** The party list a query built with {@link #visible} must bind as {@code parties}. */
    public static Collection<String> parties(Viewer viewer, NegotiationId negotiation) {
        return AccessPolicy.partiesToMatch(viewer, negotiation);
    }

    public static void write(Handle handle, NegotiationId negotiation, String kind, String recordId, Audience audience) {
        handle.createUpdate("DELETE FROM audience WHERE negotiation_id = :n AND record_kind = :k AND record_id = :r")
                .bind("n", negotiation.value()).bind("k", kind).bind("r", recordId).execute();
        if (audience.parties().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO audience (negotiation_id, record_kind, record_id, party_id) VALUES (:n, :k, :r, :p)");
        for (PartyId party : audience.parties()) {
            batch.bind("n", negotiation.value()).bind("k", kind).bind("r", recordId).bind("p", party.value()).add();
        }
        batch.execute();
    }

    /** The parties in the audience of every record of one kind in a negotiation, by record id. */
    public static Map<String, Set<PartyId>> read(Handle handle, NegotiationId negotiation, String kind) {
        return read(handle, negotiation, kind, null);
    }

    /** The parties in the audience of one record, keyed by its id like {@link #read(Handle, NegotiationId, String)}. */
    public static Map<String, Set<PartyId>> read(Handle handle, NegotiationId negotiation, String kind, String recordId) {
        Map<String, Set<PartyId>> byRecord = new HashMap<>();
        var query = handle.createQuery("SELECT record_id, party_id FROM audience WHERE negotiation_id = :n AND record_kind = :k"
                        + (recordId == null ? "" : " AND record_id = :r"))
                .bind("n", negotiation.value()).bind("k", kind);
        if (recordId != null) {
            query.bind("r", recordId);
        }
        query.map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> byRecord.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(PartyId.of(e.getValue())));
        return byRecord;
    }

    /** Rebuilds one record's audience from its public flag and the parties read by {@link #read}. */
    public static Audience of(boolean isPublic, Map<String, Set<PartyId>> parties, String recordId) {
        return new Audience(parties.getOrDefault(recordId, Set.of()), isPublic);
    }
}
