package org.parley.ledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import org.parley.interchange.Json;
import org.parley.ledger.Change;
import org.parley.ledger.ChangeFeed;
import org.parley.ledger.EventLog;
import org.parley.ledger.Ledger;
import org.parley.platform.db.Database;

/** The event log in SQL: each change becomes the ledger's next salted, hashed entry in the caller's transaction. */
public final class JdbiEventLog implements EventLog {

    private final Database db;
    private final Ledger ledger;
    private final ChangeFeed feed = new ChangeFeed();
    /** The PostgreSQL channel that other processes listen on; null on H2, where one process is all there is. */
    private final String channel;

    public JdbiEventLog(Database db) {
        this.db = db;
        this.ledger = new Ledger(new JdbiLedgerStore(db), Clock.systemUTC(), new SecureRandom());
        this.channel = db.isPostgres() ? PostgresChangeRelay.channelOf(db) : null;
    }

    @Override
    public long append(Change change) {
        long seq = ledger.record(change.negotiationId().value(), change.kind(), change.subjectId(), change.audience(),
                change.actor(), canonicalJson(change.payload())).sequence();
        if (channel != null) {
            PostgresChangeRelay.notifyCommitted(db, channel, seq);
        }
        db.afterCommit(() -> feed.publish(new ChangeFeed.Committed(seq, change)));
        return seq;
    }

    @Override
    public ChangeFeed feed() {
        return feed;
    }

    private static String canonicalJson(Object payload) {
        try {
            return Json.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
