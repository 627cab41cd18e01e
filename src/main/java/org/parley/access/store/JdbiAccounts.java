package org.parley.access.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.access.Account;
import org.parley.access.Accounts;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.platform.db.Database;

/** Accounts, seats, sessions, tokens and failed logins in SQL. */
public final class JdbiAccounts implements Accounts {
    private final Database db;

    public JdbiAccounts(Database db) {
        this.db = db;
    }

    @Override
    public boolean any() {
        return db.handle().createQuery("SELECT COUNT(*) FROM app_user").mapTo(Integer.class).one() > 0;
    }

    @Override
    public boolean exists(String name) {
        return db.handle().createQuery("SELECT COUNT(*) FROM app_user WHERE name = :name")
                .bind("name", name).mapTo(Integer.class).one() > 0;
    }

    @Override
    public void add(String name, String passwordHash, boolean administrator, Instant createdAt) {
        db.handle().createUpdate("""
                INSERT INTO app_user (name, password_hash, administrator, disabled, created_at)
                VALUES (:name, :hash, :admin, FALSE, :created)""")
                .bind("name", name).bind("hash", passwordHash).bind("admin", administrator)
                .bind("created", Timestamp.from(createdAt))
                .execute();
    }

    @Override
    public Optional<Account> find(String name) {
        return accounts("WHERE u.name = :name", name).stream().findFirst();
    }

    @Override
    public List<Account> list() {
        return accounts("", null);
    }

    private List<Account> accounts(String where, String name) {
        Map<String, Map<NegotiationId, Set<PartyId>>> seats = new HashMap<>();
        var seatQuery = db.handle().createQuery("SELECT s.user_name, s.negotiation_id, s.party_id FROM seat s "
                + where.replace("u.name", "s.user_name"));
        if (name != null) {
            seatQuery.bind("name", name);
        }
        seatQuery.map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(r -> seats.computeIfAbsent(r[0], k -> new HashMap<>())
                        .computeIfAbsent(NegotiationId.of(r[1]), k -> new HashSet<>()).add(PartyId.of(r[2])));
        // Whoever created a negotiation is a member of it, acting for no party until seated: it may open
        // the negotiation and seat its first delegates, and reads no confidential record meanwhile.
        var created = db.handle().createQuery("SELECT l.actor, l.negotiation_id FROM ledger_entry l"
                + " JOIN app_user u ON u.name = l.actor AND NOT u.administrator WHERE l.kind = 'negotiation.created'"
                + (name == null ? "" : " AND l.actor = :name"));
        if (name != null) {
            created.bind("name", name);
        }
        created.map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(r -> seats.computeIfAbsent(r[0], k -> new HashMap<>()).computeIfAbsent(NegotiationId.of(r[1]), k -> new HashSet<>()));
        var query = db.handle().createQuery("SELECT u.name, u.administrator, u.disabled, u.created_at FROM app_user u "
                + where + " ORDER BY u.name");
        if (name != null) {
            query.bind("name", name);
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        query.map((rs, ctx) -> account(rs, seats)).forEach(a -> accounts.put(a.name(), a));
        return List.copyOf(accounts.values());
    }

    private static Account account(ResultSet rs, Map<String, Map<NegotiationId, Set<PartyId>>> seats) throws SQLException {
        String name = rs.getString("name");
        return new Account(name, rs.getBoolean("administrator"), rs.getBoolean("disabled"),
                rs.getTimestamp("created_at").toInstant(), seats.getOrDefault(name, Map.of()));
    }

    @Override
    public Optional<String> passwordHash(String name) {
        return db.handle().createQuery("SELECT password_hash FROM app_user WHERE name = :name AND NOT disabled")
                .bind("name", name).mapTo(String.class).findOne();
    }

    @Override
    public void disable(String name) {
        db.handle().createUpdate("UPDATE app_user SET disabled = TRUE WHERE name = :name").bind("name", name).execute();
    }

    @Override
    public void seat(String name, NegotiationId negotiation, PartyId party) {
        db.handle().createUpdate("""
                INSERT INTO seat (user_name, negotiation_id, party_id)
                SELECT :name, :n, :p FROM app_user
                WHERE name = :name AND NOT EXISTS
                    (SELECT 1 FROM seat WHERE user_name = :name AND negotiation_id = :n AND party_id = :p)""")
                .bind("name", name).bind("n", negotiation.value()).bind("p", party.value())
                .execute();
    }

    @Override
    public void openSession(String idDigest, String name, String csrf, Instant createdAt, Instant expiresAt) {
        db.handle().createUpdate("""
                INSERT INTO user_session (id_digest, user_name, csrf, created_at, expires_at)
                VALUES (:id, :name, :csrf, :created, :expires)""")
                .bind("id", idDigest).bind("name", name).bind("csrf", csrf)
                .bind("created", Timestamp.from(createdAt)).bind("expires", Timestamp.from(expiresAt))
                .execute();
    }

    @Override
    public Optional<Session> session(String idDigest, Instant now) {
        return db.handle().createQuery("SELECT user_name, csrf, expires_at FROM user_session WHERE id_digest = :id AND expires_at > :now")
                .bind("id", idDigest).bind("now", Timestamp.from(now))
                .map((rs, ctx) -> new Session(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .findOne();
    }

    @Override
    public void closeSession(String idDigest) {
        db.handle().createUpdate("DELETE FROM user_session WHERE id_digest = :id").bind("id", idDigest).execute();
    }

    @Override
    public void closeSessions(String name, Instant now) {
        db.handle().createUpdate("DELETE FROM user_session WHERE user_name = :name OR expires_at <= :now")
                .bind("name", name).bind("now", Timestamp.from(now)).execute();
    }

    @Override
    public void closeExpiredSessions(Instant now) {
        db.handle().createUpdate("DELETE FROM user_session WHERE expires_at <= :now").bind("now", Timestamp.from(now)).execute();
    }

    @Override
    public void addToken(String digest, String name, String label, Instant createdAt) {
        db.handle().createUpdate("INSERT INTO api_token (digest, user_name, label, created_at) VALUES (:d, :name, :label, :created)")
                .bind("d", digest).bind("name", name).bind("label", label).bind("created", Timestamp.from(createdAt))
                .execute();
    }

    @Override
    public Optional<String> tokenHolder(String digest) {
        return db.handle().createQuery("SELECT user_name FROM api_token WHERE digest = :d")
                .bind("d", digest).mapTo(String.class).findOne();
    }

    @Override
    public Optional<Failures> failures(String subject) {
        return db.handle().createQuery("SELECT failures, last_failure FROM login_failure WHERE subject = :s")
                .bind("s", subject)
                .map((rs, ctx) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .findOne();
    }

    @Override
    public void failed(String subject, Instant at) {
        int updated = db.handle().createUpdate("UPDATE login_failure SET failures = failures + 1, last_failure = :at WHERE subject = :s")
                .bind("s", subject).bind("at", Timestamp.from(at)).execute();
        if (updated == 0) {
            db.handle().createUpdate("INSERT INTO login_failure (subject, failures, last_failure) VALUES (:s, 1, :at)")
                    .bind("s", subject).bind("at", Timestamp.from(at)).execute();
        }
    }

    @Override
    public void clearFailures(String subject) {
        db.handle().createUpdate("DELETE FROM login_failure WHERE subject = :s").bind("s", subject).execute();
    }

    @Override
    public Optional<String> creatorOf(NegotiationId negotiation) {
        return db.handle().createQuery("""
                SELECT actor FROM ledger_entry WHERE negotiation_id = :n AND kind = 'negotiation.created'
                ORDER BY seq FETCH FIRST 1 ROWS ONLY""")
                .bind("n", negotiation.value()).mapTo(String.class).findOne();
    }
}
