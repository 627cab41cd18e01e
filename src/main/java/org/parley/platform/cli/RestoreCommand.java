package org.parley.platform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.parley.negotiation.Outcome;
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
                "Checks every file of the backup first, and the restored ledger, records and seats after; a damaged "
                        + "backup, a newer schema version or a database that holds anything is refused, and then nothing is "
                        + "changed. A backup of an older schema version is carried forward on the way, through a temporary "
                        + "database. The backup's checkpoint key is kept in --data. With --check, the backup is restored into a "
                        + "temporary database, checked there and thrown away: a backup proved restorable, with --data and --db "
                        + "left alone."},
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

    /** What the backup vouches for, and its checkpoint key, once checked. */
    private long entries;
    private String root;
    private Optional<String> key;

    @Override
    public Integer call() {
        Outcome<Integer> outcome = restore(spec.commandLine().getOut());
        return outcome instanceof Outcome.Done<Integer> done ? done.value() : Failure.report(spec.commandLine().getErr(), file.toString(),
                outcome);
    }

    private Outcome<Integer> restore(PrintWriter out) {
        Outcome<Backups.Manifest> checked = Backups.check(file);
        if (!(checked instanceof Outcome.Done<Backups.Manifest> done)) {
            return checked.map(manifest -> 1);
        }
        Backups.Manifest manifest = done.value();
        out.println("Checked " + file + ": " + manifest.rows() + " rows, taken " + manifest.createdAt() + " at schema version "
                + manifest.schema());
        String size = manifest.facts().get(RecordBackup.LEDGER_SIZE);
        root = manifest.facts().get(RecordBackup.LEDGER_ROOT);
        if (size == null || root == null || !size.matches("\\d{1,18}")) {
            return Outcome.invalid(null, "the ledger was broken when this backup was taken, so it cannot be restored as a record");
        }
        entries = Long.parseLong(size);
        key = Backups.file(file, manifest, RecordBackup.KEY_FILE).map(b -> new String(b, StandardCharsets.US_ASCII));
        Outcome<CheckpointSigner> signer = checkOnly
                ? key.map(k -> signerOf(k, RecordBackup.KEY_FILE)).orElseGet(() -> Outcome.done(CheckpointSigner.generate()))
                : signer();
        if (!(signer instanceof Outcome.Done<CheckpointSigner> signing)) {
            return signer.map(s -> 1);
        }
        Path scratch = scratch();
        try {
            return checkOnly ? checkIn(scratch, manifest, signing.value(), out) : restoreHere(scratch, manifest, signing.value(), out);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Restores the backup into a database in {@code scratch} that is thrown away, and says whether it checked out. */
    private Outcome<Integer> checkIn(Path scratch, Backups.Manifest manifest, CheckpointSigner signer, PrintWriter out) {
        try (Workbench workbench = new Workbench(Database.h2(scratch.resolve("check")), signer)) {
            Outcome<Long> restored = restoreInto(workbench, manifest, signer, scratch, line -> { });
            if (!restored.isDone()) {
                return restored.map(rows -> 1);
            }
        }
        out.println("Backup intact: it restores, its ledger of " + entries + " entries has root " + root
                + ", and its records and seats are what the ledger says");
        return Outcome.done(0);
    }

    /** Restores the backup into the database named by --data or --db, and keeps its checkpoint key in --data. */
    private Outcome<Integer> restoreHere(Path scratch, Backups.Manifest manifest, CheckpointSigner signer, PrintWriter out) {
        try (Workbench workbench = storage.open(signer)) {
            Outcome<Long> restored = restoreInto(workbench, manifest, signer, scratch, table -> out.println("  " + table));
            if (!restored.isDone()) {
                return restored.map(rows -> 1);
            }
        }
        key.ifPresent(text -> Workbench.keepCheckpointKey(storage.data(), text));
        out.println("Restored " + manifest.rows() + " rows; ledger intact: " + entries + " entries, root " + root + ", as backed up");
        return Outcome.done(0);
    }

    /**
     * Restores the backup into the empty database of {@code workbench} in one transaction that
     * commits only when it checks out, and returns the rows restored. A backup of an older schema
     * version is first carried forward in {@code scratch}.
     */
    private Outcome<Long> restoreInto(Workbench workbench, Backups.Manifest manifest, CheckpointSigner signer, Path scratch,
            Consumer<String> progress) {
        Database db = workbench.database();
        Path source = file;
        Backups.Manifest sourceManifest = manifest;
        if (Database.before(manifest.schema(), db.schemaVersion())) {
            progress.accept("carrying the backup from schema version " + manifest.schema() + " to " + db.schemaVersion());
            source = scratch.resolve("carried.zip");
            Outcome<Backups.Manifest> carried = carriedForward(manifest, signer, scratch.resolve("carry"), source);
            if (!(carried instanceof Outcome.Done<Backups.Manifest> done)) {
                return carried.map(m -> 0L);
            }
            sourceManifest = done.value();
        }
        Path restored = source;
        Backups.Manifest restoredManifest = sourceManifest;
        return db.writeAll(() -> {
            long rows = Backups.restore(db, restored, restoredManifest, progress).orRollBack();
            recordChecked(workbench).orRollBack();
            return Outcome.done(rows);
        });
    }

    /**
     * The backup carried forward to this Parley's schema, written to {@code carried}: restored at
     * its own version into a temporary H2 database in {@code folder}, migrated there, checked, and
     * backed up again.
     */
    private Outcome<Backups.Manifest> carriedForward(Backups.Manifest manifest, CheckpointSigner signer, Path folder, Path carried) {
        try (Database old = Database.h2(folder, manifest.schema())) {
            if (!old.schemaVersion().equals(manifest.schema())) {
                return Outcome.invalid(null, "a backup of schema version " + manifest.schema() + ", which this Parley does not know");
            }
            Outcome<Long> restored = old.writeAll(() -> Outcome.done(Backups.restore(old, file, manifest, table -> { }).orRollBack()));
            if (!restored.isDone()) {
                return restored.map(rows -> manifest);
            }
        }
        try (Workbench workbench = new Workbench(Database.h2(folder), signer)) {
            Database db = workbench.database();
            return db.snapshot(() -> {
                Outcome<Boolean> intact = recordChecked(workbench);
                if (!intact.isDone()) {
                    return intact.map(yes -> manifest);
                }
                return Backups.write(db, carried, RecordBackup.keyFile(key), manifest.facts(), table -> { });
            });
        }
    }

    /** Done when the restored ledger is the one the backup vouches for and rebuilds the restored records and seats; else why not. */
    private Outcome<Boolean> recordChecked(Workbench workbench) {
        LedgerReport report = LedgerVerifier.verify(workbench.ledgerStore());
        if (!(report instanceof LedgerReport.Intact intact)) {
            return Outcome.invalid(null, "the restored ledger is broken: " + report);
        }
        if (intact.size() != entries || !intact.rootHash().hex().equals(root)) {
            return Outcome.invalid(null, "the restored ledger has " + intact.size() + " entries and root " + intact.rootHash().hex()
                    + ", where the backup vouches for " + entries + " entries and root " + root);
        }
        for (Map.Entry<String, LedgerReplay.Finding> check : VerifyCommand.checkRecords(workbench).entrySet()) {
            if (check.getValue() instanceof LedgerReplay.Finding.Differs differs) {
                return Outcome.invalid(null, "the restored " + check.getKey() + " differ from what the ledger says: " + differs.what());
            }
        }
        return Outcome.done(true);
    }

    /**
     * The backup's checkpoint key, when the data folder keeps none or the same one; the folder's
     * own when the backup has none.
     */
    private Outcome<CheckpointSigner> signer() {
        if (key.isEmpty()) {
            return Outcome.done(Workbench.checkpointSigner(storage.data()));
        }
        Outcome<CheckpointSigner> fromBackup = signerOf(key.get(), RecordBackup.KEY_FILE);
        Optional<String> kept = Workbench.checkpointKeyText(storage.data());
        if (kept.isEmpty() || !(fromBackup instanceof Outcome.Done<CheckpointSigner> backup)) {
            return fromBackup;
        }
        Outcome<CheckpointSigner> present = signerOf(kept.get(), storage.data() + ": the checkpoint key");
        if (present instanceof Outcome.Done<CheckpointSigner> folder
                && !Arrays.equals(folder.value().publicKey().getEncoded(), backup.value().publicKey().getEncoded())) {
            return Outcome.conflict(storage.data() + " keeps another checkpoint key than the backup's; restore into a new --data folder");
        }
        return present.isDone() ? fromBackup : present;
    }

    private static Outcome<CheckpointSigner> signerOf(String pem, String where) {
        try {
            return Outcome.done(Workbench.checkpointSigner(pem, where));
        } catch (IllegalStateException e) {
            return Outcome.invalid(null, e.getMessage());
        }
    }

    private Path scratch() {
        try {
            return Files.createTempDirectory("parley-restore");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder to restore " + file + " through", e);
        }
    }

    private static void deleteTree(Path root) {
        try {
            DemoCommand.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + root, e);
        }
    }
}
