package org.parley.access.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.Workbench;
import org.parley.access.Account;
import org.parley.access.AccountService;
import org.parley.access.Credentials;
import org.parley.negotiation.Ids;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.PartyId;
import org.parley.platform.cli.StorageOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code parley user add|seat|list|disable|token}: accounts from the command line, on the same database as the server. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Add, seat, list and disable accounts; issue API tokens.",
        subcommands = {UserCommand.Add.class, UserCommand.Seat.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
                UserCommand.Token.class})
public final class UserCommand {
    /** Who the ledger names for seats given from the command line. */
    static final String ACTOR = "parley user";

    @Spec
    CommandSpec spec;

    /** Runs {@code work} on the accounts of the database {@code storage} names; 0 when it was done, 1 when refused. */
    int withAccounts(StorageOptions storage, Function<AccountService, Outcome<String>> work) {
        try (Workbench workbench = storage.open()) {
            Outcome<String> outcome = work.apply(workbench.accounts());
            if (outcome instanceof Outcome.Done<String> done) {
                spec.commandLine().getOut().println(done.value());
                return 0;
            }
            spec.commandLine().getErr().println("refused: " + describe(outcome));
            return 1;
        }
    }

    private static String describe(Outcome<?> refusal) {
        if (refusal instanceof Outcome.NotFound<?> n) {
            return "no " + n.what();
        }
        if (refusal instanceof Outcome.Invalid<?> i) {
            return i.message();
        }
        if (refusal instanceof Outcome.Forbidden<?> f) {
            return f.message();
        }
        return ((Outcome.Conflict<?>) refusal).message();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account; prints its password once (generated unless --password-stdin).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Mixin
        StorageOptions storage;

        @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--admin", description = "An administrator: acts for no party, reads nothing confidential.")
        boolean administrator;

        @Option(names = "--seat", paramLabel = "NEGOTIATION:PARTY", description = "A party the person acts for; repeatable.")
        List<String> seats = new ArrayList<>();

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        @Override
        public Integer call() throws java.io.IOException {
            Optional<String> password = passwordFromStdin
                    ? Optional.ofNullable(new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                            java.nio.charset.StandardCharsets.UTF_8)).readLine())
                    : Optional.empty();
            return parent.withAccounts(storage, accounts -> {
                var parsed = new ArrayList<Map.Entry<NegotiationId, PartyId>>();
                for (String seat : seats) {
                    Optional<Map.Entry<NegotiationId, PartyId>> one = parseSeat(seat);
                    if (one.isEmpty()) {
                        return Outcome.invalid("seat", "a seat is NEGOTIATION:PARTY, not " + seat);
                    }
                    parsed.add(one.get());
                }
                return accounts.addSeated(name, password, administrator, parsed, ACTOR)
                        .map(added -> passwordFromStdin ? "added " + name : name + " " + added.password());
            });
        }
    }

    /** Seats the account for {@code NEGOTIATION:PARTY}. */
    static Outcome<Account> seat(AccountService accounts, String name, String seat) {
        return parseSeat(seat).map(s -> accounts.seat(name, s.getKey(), s.getValue(), ACTOR))
                .orElseGet(() -> Outcome.invalid("seat", "a seat is NEGOTIATION:PARTY, not " + seat));
    }

    /** {@code NEGOTIATION:PARTY} read, or empty when it is not one. */
    private static Optional<Map.Entry<NegotiationId, PartyId>> parseSeat(String seat) {
        String[] parts = seat.split(":", 2);
        if (parts.length != 2 || !Ids.isValid(parts[0]) || !Ids.isValid(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(NegotiationId.of(parts[0]), PartyId.of(parts[1])));
    }

    @Command(name = "seat", mixinStandardHelpOptions = true, description = "Let an account act for a party of a negotiation.")
    static final class Seat implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Mixin
        StorageOptions storage;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "NEGOTIATION:PARTY")
        String seat;

        @Override
        public Integer call() {
            return parent.withAccounts(storage, accounts -> seat(accounts, name, seat).map(ListUsers::line));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts with their seats.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            return parent.withAccounts(storage, accounts -> Outcome.done(accounts.list().stream().map(ListUsers::line)
                    .collect(Collectors.joining(System.lineSeparator()))));
        }

        static String line(Account a) {
            String seats = a.seats().entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(p -> e.getKey().value() + ":" + p.value()))
                    .sorted().collect(Collectors.joining(","));
            return a.name() + "\t" + (a.administrator() ? "administrator" : "member") + "\t" + (a.disabled() ? "disabled" : "enabled")
                    + "\t" + (seats.isEmpty() ? "-" : seats);
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account and close its sessions.")
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Mixin
        StorageOptions storage;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return parent.withAccounts(storage, accounts -> accounts.disable(name).map(a -> "disabled " + a.name()));
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Issue an API token (Authorization: Bearer) for scripts; it is printed once.")
    static final class Token implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Mixin
        StorageOptions storage;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--label", defaultValue = "", description = "What the token is for.")
        String label;

        @Override
        public Integer call() {
            return parent.withAccounts(storage, accounts -> accounts.issueToken(name, label));
        }
    }
}
