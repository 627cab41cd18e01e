package org.parley.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Party;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Transactions;

/**
 * Use cases of accounts: add, seat and disable people; sign them in and out; issue API tokens;
 * tell who holds a session or token. One entry point for the web, the CLI and the demo.
 */
public final class AccountService {
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    public static final String BOOTSTRAP_ADMINISTRATOR = "admin";

    private final Transactions tx;
    private final Accounts accounts;
    private final Negotiations negotiations;
    private final Argon2id hasher;
    private final Clock clock;
    private final SeatLog seatLog;
    /** Verified against when the account is unknown, so a refusal takes as long either way; made at first need. */
    private volatile String decoyHash;

    public AccountService(Transactions tx, Accounts accounts, Negotiations negotiations, Argon2id hasher, Clock clock,
            SeatLog seatLog) {
        this.tx = tx;
        this.seatLog = seatLog;
        this.accounts = accounts;
        this.negotiations = negotiations;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Adds an account; with no password given, one is generated and returned once. */
    public Outcome<Credentials> add(String name, Optional<String> password, boolean administrator) {
        if (!Account.isValidName(name)) {
            return Outcome.invalid("name", Account.NAME_RULE);
        }
        String chosen = password.orElseGet(Secrets::password);
        if (chosen.length() < 12 || chosen.length() > 1000) {
            return Outcome.invalid("password", "a password has 12 to 1000 characters");
        }
        String hash = hasher.hash(chosen);
        return tx.write(() -> {
            if (accounts.exists(name)) {
                return Outcome.conflict("account " + name + " already exists");
            }
            accounts.add(name, hash, administrator, clock.instant());
            return Outcome.done(new Credentials(name, chosen));
        });
    }

    /** On first run, when there is no account at all, adds the administrator and returns its one-time password. */
    public Optional<Credentials> bootstrapAdministrator() {
        if (tx.read(accounts::any)) {
            return Optional.empty();
        }
        Outcome<Credentials> added = add(BOOTSTRAP_ADMINISTRATOR, Optional.empty(), true);
        return added instanceof Outcome.Done<Credentials> done ? Optional.of(done.value()) : Optional.empty();
    }

    /**
     * Adds an account seated for each party of {@code seats} (negotiation → party), in one
     * transaction: a seat refused leaves no account behind.
     */
    public Outcome<Credentials> addSeated(String name, Optional<String> password, boolean administrator,
            List<Map.Entry<NegotiationId, PartyId>> seats, String actor) {
        return tx.writeAll(() -> {
            Outcome<Credentials> added = add(name, password, administrator);
            added.orRollBack();
            for (Map.Entry<NegotiationId, PartyId> seat : seats) {
                seat(name, seat.getKey(), seat.getValue(), actor).orRollBack();
            }
            return added;
        });
    }

    /** Lets the account act for a party of a negotiation; {@code actor} is who seats it, as the ledger records. */
    public Outcome<Account> seat(String name, NegotiationId negotiation, PartyId party, String actor) {
        return tx.write(() -> {
            Optional<Account> account = accounts.find(name);
            if (account.isEmpty()) {
                return Outcome.notFound("account " + name);
            }
            if (account.get().administrator()) {
                return Outcome.invalid("name", "an administrator acts for no party; give the person an account of their own");
            }
            if (negotiations.parties(negotiation).stream().noneMatch(p -> p.id().equals(party))) {
                return Outcome.notFound("party " + party + " in negotiation " + negotiation);
            }
            if (!account.get().seats().getOrDefault(negotiation, Set.of()).contains(party)) {
                accounts.seat(name, negotiation, party);
                seatLog.seated(negotiation, party, name, actor);
            }
            return Outcome.done(accounts.find(name).orElseThrow());
        });
    }

    /** Seats an account for a party when {@code by} may do so ({@link AccessPolicy#maySeat}). */
    public Outcome<Account> seatBy(Viewer by, String name, NegotiationId negotiation, PartyId party) {
        return tx.write(() -> {
            if (!AccessPolicy.maySeat(by, negotiation, party, accounts.creatorOf(negotiation))) {
                return Outcome.forbidden("only the creator of negotiation " + negotiation + " or someone acting for " + party
                        + " may let others act for it");
            }
            return seat(name, negotiation, party, by.name());
        });
    }

    /**
     * Adds one account per party of the negotiation, named {@code PARTY.NEGOTIATION} and acting for
     * that party, skipping names already taken; returns the new logins.
     */
    public List<Credentials> addDelegates(NegotiationId negotiation, String actor) {
        List<Credentials> added = new java.util.ArrayList<>();
        for (Party party : tx.read(() -> negotiations.parties(negotiation))) {
            String name = Account.validName((party.id().value() + "." + negotiation.value()).toLowerCase(java.util.Locale.ROOT));
            if (add(name, Optional.empty(), false) instanceof Outcome.Done<Credentials> done) {
                seat(name, negotiation, party.id(), actor).orElseThrow();
                added.add(done.value());
            }
        }
        return added;
    }

    public List<Account> list() {
        return tx.read(accounts::list);
    }

    /** Disables the account and closes its sessions; its tokens stop working with it. */
    public Outcome<Account> disable(String name) {
        return tx.write(() -> {
            if (!accounts.exists(name)) {
                return Outcome.notFound("account " + name);
            }
            accounts.disable(name);
            accounts.closeSessions(name, clock.instant());
            return Outcome.done(accounts.find(name).orElseThrow());
        });
    }

    /** Issues an API token for scripts; it is shown once, and only its digest is kept. */
    public Outcome<String> issueToken(String name, String label) {
        return tx.write(() -> {
            Optional<Account> account = accounts.find(name);
            if (account.isEmpty() || account.get().disabled()) {
                return Outcome.notFound("account " + name);
            }
            String token = "parley_" + Secrets.token();
            accounts.addToken(Secrets.digest(token), name, label == null ? "" : label, clock.instant());
            return Outcome.done(token);
        });
    }

    /**
     * Signs in with a fresh session, whatever session the caller had, so an id planted before login
     * is worth nothing after it. Throttled per account and per address after repeated failures.
     */
    public Login login(String name, String password, String address) {
        Instant now = clock.instant();
        String user = "user:" + (name == null ? "" : name);
        String from = "address:" + (address == null ? "" : address);
        Duration wait = tx.read(() -> longestWait(now, user, from));
        if (!wait.isNegative() && !wait.isZero()) {
            return new Login.Throttled(wait);
        }
        Optional<String> hash = tx.read(() -> name == null ? Optional.<String>empty() : accounts.passwordHash(name));
        boolean matches = Argon2id.verify(password == null ? "" : password, hash.orElseGet(this::decoyHash)) && hash.isPresent();
        return tx.write(() -> {
            if (!matches) {
                accounts.failed(user, now);
                accounts.failed(from, now);
                return new Login.Refused();
            }
            accounts.clearFailures(user);
            accounts.clearFailures(from);
            accounts.closeExpiredSessions(now);
            String sessionId = Secrets.token();
            String csrf = Secrets.token();
            Instant expires = now.plus(SESSION_LIFETIME);
            accounts.openSession(Secrets.digest(sessionId), name, csrf, now, expires);
            return new Login.Succeeded(new SignedIn(sessionId, csrf, accounts.find(name).orElseThrow(), expires));
        });
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash(Secrets.password());
        }
        return decoyHash;
    }

    private Duration longestWait(Instant now, String... subjects) {
        Duration longest = Duration.ZERO;
        for (String subject : subjects) {
            Optional<Accounts.Failures> failures = accounts.failures(subject);
            if (failures.isPresent()) {
                Duration left = LoginThrottle.remaining(failures.get().count(), failures.get().last(), now);
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest;
    }

    public void logout(String sessionId) {
        tx.write(() -> {
            accounts.closeSession(Secrets.digest(sessionId));
            return null;
        });
    }

    /** The open session with this id, with its account, while the account is enabled. */
    public Optional<SignedIn> session(String sessionId) {
        return tx.read(() -> accounts.session(Secrets.digest(sessionId), clock.instant())
                .flatMap(s -> accounts.find(s.name()).filter(a -> !a.disabled())
                        .map(a -> new SignedIn(sessionId, s.csrf(), a, s.expiresAt()))));
    }

    /** The enabled account holding this API token. */
    public Optional<Account> holderOf(String token) {
        return tx.read(() -> accounts.tokenHolder(Secrets.digest(token)).flatMap(accounts::find).filter(a -> !a.disabled()));
    }

    /** Who created the negotiation, for {@link AccessPolicy#mayWriteIn}. */
    public Optional<String> creatorOf(NegotiationId negotiation) {
        return tx.read(() -> accounts.creatorOf(negotiation));
    }
}
