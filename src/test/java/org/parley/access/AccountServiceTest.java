package org.parley.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.RIVER;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.Workbench;
import org.parley.access.store.JdbiAccounts;
import org.parley.fixtures.Fixtures;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.store.JdbiNegotiations;
import org.parley.platform.db.Database;
import org.parley.platform.db.TestDatabases;

class AccountServiceTest {
    private static final String PASSWORD = "a long enough password";

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();

    /** Seats as the service reported them: "negotiation party account actor". */
    private final java.util.List<String> seatsLogged = new java.util.ArrayList<>();

    private AccountService accountsOn(Database db) {
        return new AccountService(db, new JdbiAccounts(db), new JdbiNegotiations(db), new Argon2id(64, 1, 1), clock,
                (negotiation, party, account, actor) -> seatsLogged.add(negotiation + " " + party + " " + account + " " + actor));
    }

    private static SignedIn signIn(AccountService accounts, String name) {
        return ((Login.Succeeded) accounts.login(name, PASSWORD, "10.0.0.1")).session();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void login_opensASessionThatReadsAsTheAccountWithItsSeats(TestDatabases.Kind kind) {
        try (Workbench w = new Workbench(kind.open())) {
            Fixtures.seatParties(w);
            AccountService accounts = accountsOn(w.database());
            accounts.add("north-delegate", Optional.of(PASSWORD), false).orElseThrow();
            accounts.seat("north-delegate", RIVER, NORTH, "test").orElseThrow();

            SignedIn session = signIn(accounts, "north-delegate");

            assertThat(accounts.session(session.sessionId())).get()
                    .extracting(s -> s.account().viewer().partiesIn(RIVER)).isEqualTo(java.util.Set.of(NORTH));
            assertThat(session.csrf()).hasSize(43);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void login_givesAFreshSessionIdEachTimeAndLogoutClosesIt(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);
            accounts.add("clerk", Optional.of(PASSWORD), false).orElseThrow();

            SignedIn first = signIn(accounts, "clerk");
            SignedIn second = signIn(accounts, "clerk");
            accounts.logout(first.sessionId());

            assertThat(second.sessionId()).isNotEqualTo(first.sessionId());
            assertThat(second.csrf()).isNotEqualTo(first.csrf());
            assertThat(accounts.session(first.sessionId())).isEmpty();
            assertThat(accounts.session(second.sessionId())).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void session_endsWhenItsLifetimeIsOver(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);
            accounts.add("clerk", Optional.of(PASSWORD), false).orElseThrow();
            SignedIn session = signIn(accounts, "clerk");

            clock.advance(AccountService.SESSION_LIFETIME.plusSeconds(1));

            assertThat(accounts.session(session.sessionId())).isEmpty();
            signIn(accounts, "clerk");
            assertThat(db.read(() -> db.handle().createQuery("SELECT COUNT(*) FROM user_session").mapTo(Integer.class).one()))
                    .as("the expired session is forgotten at the next login").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void login_refusesAWrongPasswordAndAnUnknownAccountAlike(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);
            accounts.add("clerk", Optional.of(PASSWORD), false).orElseThrow();

            assertThat(accounts.login("clerk", "not the password", "10.0.0.1")).isInstanceOf(Login.Refused.class);
            assertThat(accounts.login("nobody", PASSWORD, "10.0.0.2")).isInstanceOf(Login.Refused.class);
            assertThat(accounts.login(null, null, null)).isInstanceOf(Login.Refused.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void login_isThrottledAfterFiveFailuresEvenWithTheRightPassword(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);
            accounts.add("clerk", Optional.of(PASSWORD), false).orElseThrow();
            for (int i = 0; i < 5; i++) {
                accounts.login("clerk", "guess " + i, "10.0.0." + i);
            }

            assertThat(accounts.login("clerk", PASSWORD, "10.0.0.99")).isInstanceOf(Login.Throttled.class);
            clock.advance(Duration.ofSeconds(2));
            assertThat(accounts.login("clerk", PASSWORD, "10.0.0.99")).isInstanceOf(Login.Succeeded.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void login_isThrottledPerAddressAcrossAccountsAndThrottledTriesDoNotCount(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);
            accounts.add("clerk", Optional.of(PASSWORD), false).orElseThrow();
            for (int i = 0; i < 6; i++) {
                accounts.login("someone-" + i, "guess", "10.6.6.6");
            }

            Login result = accounts.login("clerk", PASSWORD, "10.6.6.6");

            assertThat(result).isInstanceOf(Login.Throttled.class);
            assertThat(((Login.Throttled) result).retryAfter()).isEqualTo(Duration.ofSeconds(1));
            assertThat(accounts.login("clerk", PASSWORD, "10.0.0.7")).isInstanceOf(Login.Succeeded.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void disable_closesSessionsAndRefusesTokensAndLogins(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);
            accounts.add("clerk", Optional.of(PASSWORD), false).orElseThrow();
            SignedIn session = signIn(accounts, "clerk");
            String token = accounts.issueToken("clerk", "script").orElseThrow();

            accounts.disable("clerk").orElseThrow();

            assertThat(accounts.session(session.sessionId())).isEmpty();
            assertThat(accounts.holderOf(token)).isEmpty();
            assertThat(accounts.login("clerk", PASSWORD, "10.0.0.1")).isInstanceOf(Login.Refused.class);
            assertThat(accounts.list()).singleElement().extracting(Account::disabled).isEqualTo(true);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void issueToken_isKeptOnlyAsADigestAndNamesItsHolder(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);
            accounts.add("robot", Optional.of(PASSWORD), false).orElseThrow();

            String token = accounts.issueToken("robot", "nightly export").orElseThrow();

            assertThat(accounts.holderOf(token)).get().extracting(Account::name).isEqualTo("robot");
            assertThat(accounts.holderOf(token + "x")).isEmpty();
            assertThat(db.read(() -> db.handle().createQuery("SELECT digest FROM api_token").mapTo(String.class).one()))
                    .isEqualTo(Secrets.digest(token)).doesNotContain(token);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void add_storesAnArgon2idHashNeverThePassword(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);

            Credentials generated = accounts.add("clerk", Optional.empty(), false).orElseThrow();

            String stored = db.read(() -> db.handle().createQuery("SELECT password_hash FROM app_user").mapTo(String.class).one());
            assertThat(stored).startsWith("$argon2id$").doesNotContain(generated.password());
            assertThat(generated.password()).hasSize(20);
            assertThat(accounts.add("clerk", Optional.of(PASSWORD), false)).isInstanceOf(Outcome.Conflict.class);
            assertThat(accounts.add("short", Optional.of("too short"), false)).isInstanceOf(Outcome.Invalid.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void bootstrapAdministrator_happensOnceOnAnEmptyInstance(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            AccountService accounts = accountsOn(db);

            Optional<Credentials> first = accounts.bootstrapAdministrator();
            Optional<Credentials> second = accounts.bootstrapAdministrator();

            assertThat(first).get().extracting(Credentials::name).isEqualTo(AccountService.BOOTSTRAP_ADMINISTRATOR);
            assertThat(second).isEmpty();
            assertThat(accounts.list()).singleElement().satisfies(a -> {
                assertThat(a.administrator()).isTrue();
                assertThat(a.viewer().administrator()).isTrue();
                assertThat(a.viewer().seats()).isEmpty();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void seat_logsEachNewSeatOnceWithWhoGaveIt(TestDatabases.Kind kind) {
        try (Workbench w = new Workbench(kind.open())) {
            Fixtures.seatParties(w);
            AccountService accounts = accountsOn(w.database());
            accounts.add("north-delegate", Optional.of(PASSWORD), false).orElseThrow();
            accounts.add("root", Optional.of(PASSWORD), true).orElseThrow();

            accounts.seat("north-delegate", RIVER, NORTH, "clerk").orElseThrow();
            accounts.seat("north-delegate", RIVER, NORTH, "clerk").orElseThrow();
            accounts.seat("root", RIVER, NORTH, "clerk");

            assertThat(seatsLogged).containsExactly(RIVER + " " + NORTH + " north-delegate clerk");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void seat_refusesAdministratorsAndPartiesThatDoNotExist(TestDatabases.Kind kind) {
        try (Workbench w = new Workbench(kind.open())) {
            Fixtures.seatParties(w);
            AccountService accounts = accountsOn(w.database());
            accounts.add("root", Optional.of(PASSWORD), true).orElseThrow();
            accounts.add("clerk", Optional.of(PASSWORD), false).orElseThrow();

            assertThat(accounts.seat("root", RIVER, NORTH, "test")).isInstanceOf(Outcome.Invalid.class);
            assertThat(accounts.seat("clerk", RIVER, PartyId.of("atlantis"), "test")).isInstanceOf(Outcome.NotFound.class);
            assertThat(accounts.seat("clerk", NegotiationId.of("elsewhere"), NORTH, "test")).isInstanceOf(Outcome.NotFound.class);
            assertThat(accounts.seat("nobody", RIVER, NORTH, "test")).isInstanceOf(Outcome.NotFound.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void addDelegates_seatsOneAccountPerParty(TestDatabases.Kind kind) {
        try (Workbench w = new Workbench(kind.open())) {
            Fixtures.seatParties(w);
            AccountService accounts = accountsOn(w.database());

            assertThat(accounts.addDelegates(RIVER, "test")).extracting(Credentials::name)
                    .containsExactly("north.river", "south.river", "mediator.river");
            assertThat(accounts.addDelegates(RIVER, "test")).isEmpty();
            assertThat(accounts.list()).filteredOn(a -> a.name().equals("north.river")).singleElement()
                    .extracting(a -> a.viewer().partiesIn(RIVER)).isEqualTo(java.util.Set.of(NORTH));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void creatorOf_isTheAccountThatCreatedTheNegotiation(TestDatabases.Kind kind) {
        try (Workbench w = new Workbench(kind.open())) {
            Fixtures.seatParties(w);

            assertThat(accountsOn(w.database()).creatorOf(RIVER)).contains(Fixtures.CLERK.name());
            assertThat(accountsOn(w.database()).creatorOf(NegotiationId.of("elsewhere"))).isEmpty();
        }
    }
}
