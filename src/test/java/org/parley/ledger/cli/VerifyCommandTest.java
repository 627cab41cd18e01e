package org.parley.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ledger.LedgerFixtures.aLedger;
import static org.parley.ledger.LedgerFixtures.aStoreWith;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ledger.CheckpointSigner;
import org.parley.ledger.InMemoryLedgerStore;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.MerkleHash;
import picocli.CommandLine;

class VerifyCommandTest {

    private final CheckpointSigner signer = CheckpointSigner.generate();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path directory;

    @Test
    void verify_reportsAnIntactLedgerAndExitsZero() {
        InMemoryLedgerStore store = aStoreWith(4);

        int exit = run(store);

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("ledger intact: 4 entries, root "
                + aLedger(store).tree().rootHash().hex());
    }

    @Test
    void verify_namesTheFirstBadEntryAndExitsOne() {
        InMemoryLedgerStore store = aStoreWith(4);
        store.rows().set(2, new LedgerEntry(store.rows().get(2).event(), MerkleHash.EMPTY_TREE));

        int exit = run(store);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("ledger broken at entry 3: ");
    }

    @Test
    void verify_acceptsACheckpointTheLedgerExtends() throws IOException {
        InMemoryLedgerStore store = aStoreWith(4);
        Path saved = save(store);
        aLedger(store).record("neg-1", "draft.published", "draft-e", "public", "alice", "{\"points\":19}");

        int exit = run(store, "--checkpoint", saved.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("ledger intact: 5 entries", "the ledger extends this checkpoint");
    }

    @Test
    void verify_findsATruncationBehindTheCheckpoint() throws IOException {
        InMemoryLedgerStore store = aStoreWith(6);
        Path saved = save(store);
        store.rows().subList(4, 6).clear();

        int exit = run(store, "--checkpoint", saved.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("ledger broken at entry 5: missing");
    }

    @Test
    void verify_refusesACheckpointFromAnotherKey() throws IOException {
        InMemoryLedgerStore store = aStoreWith(3);
        Path saved = directory.resolve("foreign.checkpoint");
        Files.writeString(saved, aLedger(store).checkpoint(CheckpointSigner.generate()).toText());

        int exit = run(store, "--checkpoint", saved.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("checkpoint refused: signed by key");
    }

    @Test
    void verify_namesTheFileAndLineOfAMalformedCheckpoint() throws IOException {
        Path saved = directory.resolve("broken.checkpoint");
        Files.writeString(saved, "parley-checkpoint/1\nkey nope\n");

        int exit = run(aStoreWith(1), "--checkpoint", saved.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith(saved + ":2: expected a key id");
    }

    @Test
    void verify_namesACheckpointFileThatCannotBeRead() {
        Path missing = directory.resolve("missing.checkpoint");

        int exit = run(aStoreWith(1), "--checkpoint", missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith(missing + ": cannot read the checkpoint");
    }

    @Test
    void verify_exitsTwoOnAnUnknownOption() {
        assertThat(run(aStoreWith(1), "--frobnicate")).isEqualTo(2);
    }

    private Path save(InMemoryLedgerStore store) throws IOException {
        Path file = directory.resolve("party.checkpoint");
        Files.writeString(file, aLedger(store).checkpoint(signer).toText());
        return file;
    }

    private int run(InMemoryLedgerStore store, String... args) {
        CommandLine command = new CommandLine(new VerifyCommand(() -> store, signer::publicKey));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
