package org.parley.platform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parley.Workbench;
import org.parley.interchange.LedgerReplay;
import org.parley.ledger.CheckpointSigner;
import org.parley.ledger.LedgerReport;
import org.parley.ledger.LedgerVerifier;
import org.parley.ledger.cli.VerifyCommand;
import org.parley.platform.db.Backups;
import org.parley.platform.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley restore FILE}: a backup read into an empty database. Every file of the backup is
 * checked before the database is touched; the rows go in one transaction, which commits only when
 * the restored ledger is intact, has the size and root the backup vouches for, and rebuilds the
 * restored records and seats.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Reads a backup written by 'parley backup' into an empty database (--data or --db).",
                "Checks every file of the backup first, and the restored ledger, records and seats after;",
                "a damaged backup, another schema version or a database that holds anything is refused,",
                "and then nothing is changed. The backup's checkpoint key is kept in --data.",
                "With --check, the backup is restored into a temporary database, checked there and thrown",
                "away: a backup proved restorable, with --data and --db left alone."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:restored and verified", "1:the backup or the database was refused; nothing was changed", "2:usage error"})
public final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a backup written by 'parley backup'")
    private Path file;

    @Mixin
    private StorageOptions storage;

    @Option(names = "--check", description = "restore into a temporary database, check, and throw it away; --data and --db are untouched")
    private boolean checkOnly;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Backups.Manifest manifest = Backups.check(file);
        long rows = Backups.TABLES.stream().mapToLong(manifest::rows).sum();
        out.println("Checked " + file + ": " + rows + " rows, taken " + manifest.createdAt() + " at schema version " + manifest.schema());
        String size = manifest.facts().get(RecordBackup.LEDGER_SIZE);
        String root = manifest.facts().get(RecordBackup.LEDGER_ROOT);
        if (size == null || root == null) {
            throw new Backups.Refused(file + ": the ledger was broken when this backup was taken, so it cannot be restored as a record");
        }
        long entries = ledgerSize(size);
        Optional<String> key = Backups.file(file, manifest, RecordBackup.KEY_FILE).map(b -> new String(b, StandardCharsets.US_ASCII));
        if (checkOnly) {
            return checkInTemporaryDatabase(manifest, entries, root, key, out);
        }
        try (Workbench workbench = storage.open(signer(key))) {
            restoreInto(workbench, manifest, entries, root, table -> out.println("  " + table));
        }
        key.ifPresent(text -> Workbench.keepCheckpointKey(storage.data(), text));
        out.println("Restored " + rows + " rows; ledger intact: " + size + " entries, root " + root + ", as backed up");
        return 0;
    }

    private int checkInTemporaryDatabase(Backups.Manifest manifest, long entries, String root, Optional<String> key, PrintWriter out) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("parley-restore-check");
        } catch (IOException e) {
            throw new Backups.Refused("cannot make a temporary database to check " + file + " in: " + e.getMessage());
        }
        try (Workbench workbench = new Workbench(Database.h2(scratch), key.map(k -> signerOf(k, file + ": " + RecordBackup.KEY_FILE))
                .orElseGet(CheckpointSigner::generate))) {
            restoreInto(workbench, manifest, entries, root, line -> { });
        } finally {
            deleteTree(scratch);
        }
        out.println("Backup intact: it restores, its ledger of " + entries + " entries has root " + root
                + ", and its records and seats are what the ledger says");
        return 0;
    }

    /** Restores the backup into the empty database of {@code workbench} in one transaction that commits only when it checks out. */
    private void restoreInto(Workbench workbench, Backups.Manifest manifest, long entries, String root, Consumer<String> progress) {
        Database db = workbench.database();
        db.write(() -> {
            Backups.restore(db, file, manifest, progress);
            requireLedger(workbench, entries, root);
            for (Map.Entry<String, LedgerReplay.Finding> check : VerifyCommand.checkRecords(workbench).entrySet()) {
                if (check.getValue() instanceof LedgerReplay.Finding.Differs differs) {
                    throw new Backups.Refused(file + ": the restored " + check.getKey() + " differ from what the ledger says: "
                            + differs.what());
                }
            }
            return null;
        });
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary database " + root, e);
        }
    }

    /**
     * The backup's checkpoint key, when the data folder keeps none or the same one; the folder's
     * own when the backup has none.
     */
    private CheckpointSigner signer(Optional<String> backupKey) {
        Optional<String> kept = Workbench.checkpointKeyText(storage.data());
        if (backupKey.isEmpty()) {
            return Workbench.checkpointSigner(storage.data());
        }
        CheckpointSigner fromBackup = signerOf(backupKey.get(), file + ": " + RecordBackup.KEY_FILE);
        if (kept.isPresent()) {
            CheckpointSigner present = signerOf(kept.get(), storage.data() + ": the checkpoint key");
            if (!Arrays.equals(present.publicKey().getEncoded(), fromBackup.publicKey().getEncoded())) {
                throw new Backups.Refused(storage.data() + " keeps another checkpoint key than the backup's; restore into a new --data folder");
            }
        }
        return fromBackup;
    }

    private static CheckpointSigner signerOf(String pem, String where) {
        try {
            return Workbench.checkpointSigner(pem, where);
        } catch (IllegalStateException e) {
            throw new Backups.Refused(e.getMessage());
        }
    }

    private long ledgerSize(String size) {
        try {
            return Long.parseLong(size);
        } catch (NumberFormatException e) {
            throw new Backups.Refused(file + ": the manifest's ledger size is not a number: " + size);
        }
    }

    private void requireLedger(Workbench workbench, long size, String root) {
        LedgerReport report = LedgerVerifier.verify(workbench.ledgerStore());
        if (!(report instanceof LedgerReport.Intact intact)) {
            throw new Backups.Refused(file + ": the restored ledger is broken: " + report);
        }
        if (intact.size() != size || !intact.rootHash().hex().equals(root)) {
            throw new Backups.Refused(file + ": the restored ledger has " + intact.size() + " entries and root " + intact.rootHash().hex()
                    + ", where the backup vouches for " + size + " entries and root " + root);
        }
    }
}
