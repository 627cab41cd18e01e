package org.parley.access.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Workbench;
import org.parley.fixtures.Fixtures;
import picocli.CommandLine;

class UserCommandTest {
    @TempDir
    Path data;

    /** What one run of {@code parley user ...} printed and returned. */
    private record Run(int exit, String out, String err) {}

    private Run user(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data", data.toString(), "--db", ""}, 0, all, args.length, 4);
        int exit = new CommandLine(new UserCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void add_printsTheGeneratedPasswordOnceAndListShowsTheSeat() {
        try (Workbench w = Workbench.open(null, data)) {
            Fixtures.seatParties(w);
        }

        Run added = user("add", "north.river", "--seat", "river:north");
        Run listed = user("list");

        assertThat(added.exit()).isZero();
        assertThat(added.out()).matches("north\\.river [A-Za-z0-9]{20}\\R");
        assertThat(listed.out()).contains("north.river\tmember\tenabled\triver:north");
    }

    @Test
    void seat_letsAnExistingAccountActForAnotherParty() {
        try (Workbench w = Workbench.open(null, data)) {
            Fixtures.seatParties(w);
        }
        user("add", "envoy", "--seat", "river:north");

        Run seated = user("seat", "envoy", "river:mediator");
        Run malformed = user("seat", "envoy", "river");

        assertThat(seated.exit()).isZero();
        assertThat(seated.out()).contains("envoy\tmember\tenabled\triver:mediator,river:north");
        assertThat(malformed.err()).contains("a seat is NEGOTIATION:PARTY, not river");
    }

    @Test
    void add_refusesATakenNameAndAnUnknownSeat() {
        user("add", "clerk");

        Run again = user("add", "clerk");
        Run unknownSeat = user("add", "other", "--seat", "nowhere:north");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("refused: account clerk already exists");
        assertThat(unknownSeat.exit()).isEqualTo(1);
        assertThat(unknownSeat.err()).contains("no party north in negotiation nowhere");
        assertThat(user("list").out()).as("a refused seat leaves no account behind").doesNotContain("other");
    }

    @Test
    void add_withAMalformedSeat_addsNobody() {
        Run malformed = user("add", "other", "--seat", "river");

        assertThat(malformed.exit()).isEqualTo(1);
        assertThat(malformed.err()).contains("a seat is NEGOTIATION:PARTY, not river");
        assertThat(user("list").out()).doesNotContain("other");
    }

    @Test
    void token_isPrintedOnceAndDisableRevokesIt() {
        user("add", "robot");

        Run token = user("token", "robot", "--label", "nightly export");
        Run disabled = user("disable", "robot");

        assertThat(token.out()).startsWith("parley_");
        assertThat(disabled.out()).contains("disabled robot");
        try (Workbench w = Workbench.open(null, data)) {
            assertThat(w.accounts().holderOf(token.out().strip())).isEmpty();
        }
        assertThat(user("list").out()).contains("robot\tmember\tdisabled\t-");
    }

    @Test
    void add_administratorActsForNoParty() {
        Run admin = user("add", "root", "--admin");

        assertThat(admin.exit()).isZero();
        assertThat(user("list").out()).contains("root\tadministrator\tenabled\t-");
    }
}
