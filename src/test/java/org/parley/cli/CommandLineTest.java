package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.Cli.parley;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Cli.Run;

/** The {@code parley} commands end to end, on real files and an H2 database in a temporary folder. */
class CommandLineTest {
    @TempDir
    Path dir;

    /** Another Java process running {@code main} on this test's class path, its output and errors merged. */
    private static Process javaProcess(Class<?> main, String... args) throws IOException {
        var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private Path demoBundle(String name) throws IOException {
        return Cli.demoBundle(dir, name);
    }

    @Test
    void exportAfterImport_writesTheSameBundleAgain() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(parley("import", "bundle", demoBundle("river-treaty").toString(), "--data", first.toString()).code()).isZero();
        Run exported = parley("export", "river-treaty", "--data", first.toString());
        Path file = dir.resolve("exported.json");
        Files.writeString(file, exported.out(), StandardCharsets.UTF_8);

        assertThat(parley("import", "bundle", file.toString(), "--data", second.toString()).code()).isZero();
        Run again = parley("export", "river-treaty", "--data", second.toString());

        assertThat(again.out()).isEqualTo(exported.out());
        assertThat(exported.out()).contains("side-d2-4-kestria");
    }

    @Test
    void exportForAParty_leavesOutWhatItMayNotSee() throws IOException {
        Path data = dir.resolve("data");
        parley("import", "bundle", demoBundle("river-treaty").toString(), "--data", data.toString());

        Run lowmark = parley("export", "river-treaty", "--party", "lowmark", "--data", data.toString());

        assertThat(lowmark.code()).isZero();
        assertThat(lowmark.out()).doesNotContain("side-d2-4-kestria", "side-d2-5-kestria", "proximity-kestria", "st-veil-fallback");
    }

    @Test
    void importBundle_twiceIsRefusedAndChangesNothing() throws IOException {
        Path data = dir.resolve("data");
        Path bundle = demoBundle("ukraine-2025");
        parley("import", "bundle", bundle.toString(), "--data", data.toString());
        String before = parley("export", "ukraine-2025", "--data", data.toString()).out();

        Run again = parley("import", "bundle", bundle.toString(), "--data", data.toString());

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(parley("export", "ukraine-2025", "--data", data.toString()).out()).isEqualTo(before);
    }

    @Test
    void importDraft_malformedTextNamesTheLineAndStoresNothing() throws IOException {
        Path data = dir.resolve("data");
        parley("import", "bundle", demoBundle("ukraine-2025").toString(), "--data", data.toString());
        Path draft = dir.resolve("draft.md");
        Files.writeString(draft, "# Plan\n1. Sovereignty is confirmed.\n2. Elections are held.\n2. A second point two.\n");

        Run run = parley("import", "draft", draft.toString(), "--negotiation", "ukraine-2025", "--id", "X", "--data", data.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("draft.md:4");
        assertThat(parley("export", "ukraine-2025", "--data", data.toString()).out()).doesNotContain("\"id\" : \"X\"");
    }

    @Test
    void importDraft_wellFormedTextIsStoredWithItsPoints() throws IOException {
        Path data = dir.resolve("data");
        parley("import", "bundle", demoBundle("ukraine-2025").toString(), "--data", data.toString());
        Path draft = dir.resolve("draft.md");
        Files.writeString(draft, "# Plan F\nPreamble.\n1. Sovereignty is confirmed.\n2) Elections are held\n   within a year.\n");

        Run run = parley("import", "draft", draft.toString(), "--negotiation", "ukraine-2025", "--id", "F", "--authors", "ua",
                "--derived-from", "E", "--data", data.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported draft F (2 points)");
        assertThat(parley("export", "ukraine-2025", "--data", data.toString()).out()).contains("Elections are held\\nwithin a year.");
    }

    @Test
    void importDraft_intoAnUnknownNegotiationIsBadInput() throws IOException {
        Path draft = dir.resolve("draft.md");
        Files.writeString(draft, "1. One point.\n");

        Run run = parley("import", "draft", draft.toString(), "--negotiation", "nowhere", "--data", dir.resolve("data").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("negotiation nowhere was not found");
    }

    @Test
    void importBundle_malformedJsonNamesTheLine() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"negotiation\": {\n    \"id\": \"x\",,\n");

        Run run = parley("import", "bundle", file.toString(), "--data", dir.resolve("data").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("bad.json:4");
    }

    @Test
    void serve_withABadTrustedProxy_isAUsageErrorThatOpensNoDatabase() {
        Run run = parley("serve", "--data", dir.resolve("data").toString(), "--trusted-proxy", "10.0.0.0/8,proxy.example.org");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--trusted-proxy: a trusted proxy is an IP address or CIDR block, not proxy.example.org");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void missingArguments_areAUsageError() {
        assertThat(parley("import", "draft").code()).isEqualTo(2);
        assertThat(parley("export").code()).isEqualTo(2);
        assertThat(parley("no-such-command").code()).isEqualTo(2);
    }

    @Test
    void help_isThereForEveryCommand() {
        for (String command : new String[] {"serve", "demo", "import", "export", "compare", "eval-compare", "trajectory", "verify"}) {
            Run run = parley(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: parley " + command);
        }
    }

    @Test
    void trajectory_followsAPointFromDraftAToDraftE() throws IOException {
        Path data = dir.resolve("data");
        parley("import", "bundle", demoBundle("ukraine-2025").toString(), "--data", data.toString());

        Run run = parley("trajectory", "ukraine-2025", "A", "1", "--data", data.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Point 1 of draft A", "became:    E 1 (reworded)\n");
        assertThat(parley("trajectory", "ukraine-2025", "A", "12", "--data", data.toString()).out())
                .as("the analyst's confirmed split").contains("became:    E 8 + 9 (split)\n");
        assertThat(parley("trajectory", "ukraine-2025", "A", "4", "--data", data.toString()).out())
                .as("dropped, with the point the engine suggests").contains("became:    E (dropped; perhaps 10)");
        assertThat(parley("trajectory", "ukraine-2025", "A", "4", "--data", data.toString(), "--format", "json").out())
                .contains("\"kinds\" : [ ]", "\"perhaps\" : [ \"10\" ]");
        assertThat(parley("trajectory", "ukraine-2025", "A", "99", "--data", data.toString()).code()).isEqualTo(1);
    }

    @Test
    void trajectory_namesThePointThatWordsOfTheTracedPointMovedInto() throws IOException {
        Path data = dir.resolve("data");
        parley("import", "bundle", demoBundle("ukraine-2025").toString(), "--data", data.toString());
        String moved = "The mission reports to the joint commission every thirty days.";
        Path before = Files.writeString(dir.resolve("mv1.md"), "1. A monitoring mission verifies the withdrawal of heavy weapons. "
                + moved + "\n2. Sanctions are lifted in stages.\n");
        Path after = Files.writeString(dir.resolve("mv2.md"), "1. A monitoring mission verifies the withdrawal of heavy weapons.\n"
                + "2. Sanctions are lifted in stages. " + moved + "\n");
        assertThat(parley("import", "draft", before.toString(), "--negotiation", "ukraine-2025", "--id", "MV1", "--data", data.toString())
                .code()).isZero();
        assertThat(parley("import", "draft", after.toString(), "--negotiation", "ukraine-2025", "--id", "MV2", "--derived-from", "MV1",
                "--data", data.toString()).code()).isZero();

        assertThat(parley("trajectory", "ukraine-2025", "MV1", "1", "--data", data.toString()).out())
                .contains("became:    MV2 1 (reworded; words also in 2)\n");
        assertThat(parley("trajectory", "ukraine-2025", "MV2", "2", "--data", data.toString()).out())
                .contains("came from: MV1 2 (reworded; words also in 1)\n");
    }

    @Test
    void export_ofAnUnknownNegotiationIsBadInput() {
        Run run = parley("export", "nowhere", "--data", dir.resolve("data").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("no negotiation nowhere");
    }

    @Test
    void commands_onADatabaseAnotherProcessHolds_sayWhoHoldsItInOneLine() throws Exception {
        Path data = dir.resolve("data");
        Process holder = javaProcess(HoldDatabase.class, data.toString());
        try (var said = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo("held");

            Run verify = parley("verify", "--data", data.toString());
            Run backup = parley("backup", dir.resolve("record.zip").toString(), "--data", data.toString());

            for (Run run : new Run[] {verify, backup}) {
                assertThat(run.code()).isEqualTo(1);
                assertThat(run.err()).startsWith("parley: the database in " + data + " is in use by another Parley process")
                        .doesNotContain("Exception").hasLineCount(1);
            }
            assertThat(dir.resolve("record.zip")).doesNotExist();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void aCommittedWrite_survivesTheProcessBeingKilledRightAfter() throws Exception {
        Path data = dir.resolve("data");
        Process crashing = javaProcess(CommitThenCrash.class, data.toString(), "acknowledged");
        String said = new String(crashing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        crashing.waitFor();

        assertThat(said).contains("committed");
        try (var db = org.parley.platform.db.Database.h2(data)) {
            assertThat(db.read(() -> db.handle().createQuery("SELECT COUNT(*) FROM login_failure WHERE subject = 'acknowledged'")
                    .mapTo(Long.class).one())).isEqualTo(1);
        }
    }

    @Test
    void commands_onADatabaseThatDoesNotAnswer_sayWhyWithoutThePassword() {
        Run run = parley("verify", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=u&password=hunter2", "--data", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("parley: cannot open the database jdbc:postgresql://127.0.0.1:1/none: ")
                .doesNotContain("hunter2", "Exception");
    }

    @Test
    void verify_afterImportFindsTheLedgerIntact() throws IOException {
        Path data = dir.resolve("data");
        parley("import", "bundle", demoBundle("ukraine-2025").toString(), "--data", data.toString());

        Run run = parley("verify", "--data", data.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("ledger intact", "records intact");
    }

    @Test
    void verify_findsASeatGivenBehindParleysBack() throws IOException {
        Path data = dir.resolve("data");
        parley("import", "bundle", demoBundle("river-treaty").toString(), "--data", data.toString());
        assertThat(parley("user", "add", "kestria-envoy", "--seat", "river-treaty:kestria", "--data", data.toString()).code()).isZero();
        assertThat(parley("user", "add", "mallory", "--data", data.toString()).code()).isZero();
        Run intact = parley("verify", "--data", data.toString());
        try (var workbench = org.parley.Workbench.open(null, data)) {
            workbench.database().write(() -> workbench.database().handle().execute(
                    "INSERT INTO seat (user_name, negotiation_id, party_id) VALUES ('mallory', 'river-treaty', 'kestria')"));
        }

        Run run = parley("verify", "--data", data.toString());

        assertThat(intact.code()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("seats intact: 1 seat is what the ledger says");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("seats broken: seat in negotiation river-treaty: mallory for kestria is in the store but no "
                + "ledger entry records it");
    }

    @Test
    void verify_namesTheLedgerEntryOfARowEditedBehindParleysBack() throws IOException {
        Path data = dir.resolve("data");
        parley("import", "bundle", demoBundle("ukraine-2025").toString(), "--data", data.toString());
        try (var workbench = org.parley.Workbench.open(null, data)) {
            workbench.database().write(() -> workbench.database().handle()
                    .execute("UPDATE position SET stance = 'ACCEPT' WHERE id = 'pos-ru-B'"));
        }

        Run run = parley("verify", "--data", data.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("ledger intact");
        assertThat(run.err()).containsPattern("records broken at entry \\d+: position pos-ru-B in the store differs from the log");
    }
}
