package org.parley.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;

/** Where accounts, their seats, sessions, tokens and failed logins are kept. Secrets arrive here only as digests. */
public interface Accounts {
    boolean any();

    boolean exists(String name);

    void add(String name, String passwordHash, boolean administrator, Instant createdAt);

    Optional<Account> find(String name);

    List<Account> list();

    /** The stored password hash of an enabled account. */
    Optional<String> passwordHash(String name);

    void disable(String name);

    void seat(String name, NegotiationId negotiation, PartyId party);

    void openSession(String idDigest, String name, String csrf, Instant createdAt, Instant expiresAt);

    /** The session with this digest while it has not expired at {@code now}. */
    Optional<Session> session(String idDigest, Instant now);

    void closeSession(String idDigest);

    /** Closes every session of the account, and those of anyone that expired before {@code now}. */
    void closeSessions(String name, Instant now);

    /** Forgets the sessions that expired before {@code now}. */
    void closeExpiredSessions(Instant now);

    void addToken(String digest, String name, String label, Instant createdAt);

    /** The name of the account holding the token with this digest. */
    Optional<String> tokenHolder(String digest);

    Optional<Failures> failures(String subject);

    void failed(String subject, Instant at);

    void clearFailures(String subject);

    /** The account named as actor when the negotiation was created, as the ledger recorded it. */
    Optional<String> creatorOf(NegotiationId negotiation);

    /** A stored session: whose it is and the token its forms must echo. */
    record Session(String name, String csrf, Instant expiresAt) {}

    /** Failed logins in a row for one account or address. */
    record Failures(int count, Instant last) {}
}
