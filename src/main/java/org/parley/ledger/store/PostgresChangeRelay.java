package org.parley.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.parley.ledger.Change;
import org.parley.ledger.ChangeFeed;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerEvent;
import org.parley.platform.db.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries changes committed by other Parley processes on the same PostgreSQL database into this
 * process's {@link ChangeFeed}, so that every process's live pages hear of every change. Each
 * append notifies the schema's channel with its sequence number inside its transaction, which
 * PostgreSQL delivers only on commit; this relay listens on a connection of its own, reads the
 * entries it has not yet passed on from the ledger (catching up on any missed while it was
 * reconnecting) and publishes them. The feed ignores sequences it has already published, so a
 * process hearing its own changes again publishes them once.
 */
public final class PostgresChangeRelay implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PostgresChangeRelay.class.getName());
    private static final int POLL_MILLIS = 250;
    private static final long RECONNECT_MILLIS = 2_000;

    private final Database db;
    private final JdbiLedgerStore store;
    private final ChangeFeed feed;
    private final String channel;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;
    private long relayed;

    private PostgresChangeRelay(Database db, ChangeFeed feed) {
        this.db = db;
        this.store = new JdbiLedgerStore(db);
        this.feed = feed;
        this.channel = channelOf(db);
        this.relayed = db.read(store::size);
        this.thread = new Thread(this::run, "parley-change-relay");
        this.thread.setDaemon(true);
    }

    /** Starts relaying into {@code feed}; close the relay to stop. */
    public static PostgresChangeRelay start(Database db, ChangeFeed feed) {
        PostgresChangeRelay relay = new PostgresChangeRelay(db, feed);
        relay.thread.start();
        return relay;
    }

    /** The notification channel of the schema {@code db} works in: processes on other schemas do not hear it. */
    static String channelOf(Database db) {
        return "parley_changes_" + db.read(() -> db.handle().createQuery("SELECT current_schema()").mapTo(String.class).one());
    }

    /** Notifies the channel of {@code db} of entry {@code seq}; delivered when the caller's transaction commits. */
    static void notifyCommitted(Database db, String channel, long seq) {
        db.handle().createQuery("SELECT pg_notify(:channel, :seq)").bind("channel", channel).bind("seq", Long.toString(seq))
                .mapTo(String.class).findOne();
    }

    private void run() {
        while (!closed) {
            try (Connection c = db.dedicatedConnection()) {
                connection = c;
                try (Statement listen = c.createStatement()) {
                    listen.execute("LISTEN \"" + channel + "\"");
                }
                catchUp(Long.MAX_VALUE);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        long newest = 0;
                        for (PGNotification n : notifications) {
                            newest = Math.max(newest, Long.parseLong(n.getParameter()));
                        }
                        catchUp(newest);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "live updates from other processes paused (" + e.getMessage()
                            + "); reconnecting in " + RECONNECT_MILLIS / 1000 + " s");
                    pause();
                }
            }
        }
    }

    /** Publishes the entries after the last one relayed, up to {@code upTo} or the end of the log. */
    private void catchUp(long upTo) {
        List<LedgerEntry> entries = db.read(() -> store.entries(relayed + 1, Math.min(upTo, store.size())));
        for (LedgerEntry entry : entries) {
            LedgerEvent e = entry.event();
            Change change = new Change(org.parley.negotiation.NegotiationId.of(e.negotiationId()), e.kind(), e.subjectId(),
                    e.audience(), e.actor(), e.payload());
            feed.publish(new ChangeFeed.Committed(e.sequence(), change));
            relayed = Math.max(relayed, e.sequence());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(RECONNECT_MILLIS + POLL_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
