package org.parley.ledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jdbi.v3.core.Handle;
import org.parley.interchange.Json;
import org.parley.ledger.Change;
import org.parley.ledger.EventLog;
import org.parley.platform.db.Database;

/** The event log in SQL. Writers lock the log's head row, so sequence numbers have no gaps and follow commit order. */
public final class JdbiEventLog implements EventLog {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public JdbiEventLog(Database db) {
        this.db = db;
    }

    @Override
    public long append(Change change) {
        Handle h = db.handle();
        long size = h.createQuery("SELECT size FROM ledger_head WHERE id = 1 FOR UPDATE").mapTo(Long.class).one();
        long seq = size + 1;
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        String payload = canonicalJson(change.payload());
        String at = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        h.createUpdate("""
                INSERT INTO ledger_entry (seq, negotiation_id, kind, subject_id, audience, actor, recorded_at, payload, salt, leaf_hash)
                VALUES (:seq, :n, :kind, :subject, :audience, :actor, :at, :payload, :salt, :leaf)""")
                .bind("seq", seq).bind("n", change.negotiationId().value()).bind("kind", change.kind())
                .bind("subject", change.subjectId()).bind("audience", change.audience())
                .bind("actor", change.actor()).bind("at", at).bind("payload", payload).bind("salt", salt)
                .bind("leaf", leafHash(salt, payload))
                .execute();
        h.createUpdate("UPDATE ledger_head SET size = :seq WHERE id = 1").bind("seq", seq).execute();
        return seq;
    }

    private static String canonicalJson(Object payload) {
        try {
            return Json.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String leafHash(String salt, String payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update(payload.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
