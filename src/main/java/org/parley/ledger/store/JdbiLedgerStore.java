package org.parley.ledger.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.parley.ledger.EventSalt;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerEvent;
import org.parley.ledger.LedgerStore;
import org.parley.ledger.MerkleHash;
import org.parley.platform.db.Database;

/**
 * The ledger's entries in the {@code ledger_entry} table, written in the caller's transaction.
 * Writers lock the {@code ledger_head} row, so sequences have no gaps and follow commit order;
 * the head's size also lets verification notice entries deleted from the end.
 */
public final class JdbiLedgerStore implements LedgerStore {

    private final Database db;

    public JdbiLedgerStore(Database db) {
        this.db = db;
    }

    @Override
    public long append(LedgerEvent event) {
        Handle h = db.handle();
        long size = size();
        if (event.sequence() != size + 1) {
            throw new IllegalStateException("the ledger's next sequence is " + (size + 1) + ", not " + event.sequence());
        }
        h.createUpdate("""
                INSERT INTO ledger_entry (seq, negotiation_id, kind, subject_id, audience, actor, recorded_at, payload, salt, leaf_hash)
                VALUES (:seq, :negotiation, :kind, :subject, :audience, :actor, :at, :payload, :salt, :leaf)""")
                .bind("seq", event.sequence())
                .bind("negotiation", event.negotiationId())
                .bind("kind", event.kind())
                .bind("subject", event.subjectId())
                .bind("audience", event.audience())
                .bind("actor", event.actor())
                .bind("at", event.timestamp().toString())
                .bind("payload", event.payload())
                .bind("salt", event.salt().hex())
                .bind("leaf", event.leafHash().hex())
                .execute();
        h.createUpdate("UPDATE ledger_head SET size = :size WHERE id = 1").bind("size", event.sequence()).execute();
        return event.sequence();
    }

    @Override
    public List<LedgerEntry> entries(long from, long to) {
        return db.handle().createQuery("""
                SELECT seq, negotiation_id, kind, subject_id, audience, actor, recorded_at, payload, salt, leaf_hash
                FROM ledger_entry WHERE seq BETWEEN :from AND :to ORDER BY seq""")
                .bind("from", from)
                .bind("to", to)
                .map((row, ctx) -> new LedgerEntry(
                        new LedgerEvent(
                                row.getLong("seq"),
                                row.getString("negotiation_id"),
                                row.getString("kind"),
                                row.getString("subject_id"),
                                row.getString("audience"),
                                row.getString("actor"),
                                Instant.parse(row.getString("recorded_at")),
                                row.getString("payload"),
                                EventSalt.fromHex(row.getString("salt"))),
                        MerkleHash.fromHex(row.getString("leaf_hash"))))
                .list();
    }

    @Override
    public List<MerkleHash> leafHashes(long from, long to) {
        return db.handle().createQuery("SELECT leaf_hash FROM ledger_entry WHERE seq BETWEEN :from AND :to ORDER BY seq")
                .bind("from", from)
                .bind("to", to)
                .map((row, ctx) -> MerkleHash.fromHex(row.getString("leaf_hash")))
                .list();
    }

    /** In a writing transaction this locks the head row, so the size read stays true until commit. */
    @Override
    public long size() {
        Handle h = db.handle();
        String lock = h.isReadOnly() ? "" : " FOR UPDATE";
        return h.createQuery("SELECT size FROM ledger_head WHERE id = 1" + lock).mapTo(Long.class).one();
    }
}
