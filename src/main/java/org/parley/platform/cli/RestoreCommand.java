package org.parley.platform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
                "a damaged backup, a newer schema version or a database that holds anything is refused,",
                "and then nothing is changed. A backup of an older schema version is carried forward on the",
                "way, through a temporary database. The backup's checkpoint key is kept in --data.",
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

    /** What the backup vouches for, and its checkpoint key, once checked. */
    private long entries;
    private String root;
    private Optional<String> key;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Backups.Manifest manifest = Backups.check(file);
        out.println("Checked " + file + ": " + manifest.rows() + " rows, taken " + manifest.createdAt() + " at schema version "
                + manifest.schema());
        String size = manifest.facts().get(RecordBackup.LEDGER_SIZE);
        root = manifest.facts().get(RecordBackup.LEDGER_ROOT);
        if (size == null || root == null) {
            throw new Backups.Refused(file + ": the ledger was broken when this backup was taken, so it cannot be restored as a record");
        }
        entries = ledgerSize(size);
        key = Backups.file(file, manifest, RecordBackup.KEY_FILE).map(b -> new String(b, StandardCharsets.US_ASCII));
        Path scratch = scratch();
        try {
            if (checkOnly) {
                CheckpointSigner signer = key.map(k -> signerOf(k, file + ": " + RecordBackup.KEY_FILE)).orElseGet(CheckpointSigner::generate);
                try (Workbench workbench = new Workbench(Database.h2(scratch.resolve("check")), signer)) {
                    restoreInto(workbench, manifest, signer, scratch, line -> { });
                }
                out.println("Backup intact: it restores, its ledger of " + entries + " entries has root " + root
                        + ", and its records and seats are what the ledger says");
                return 0;
            }
            CheckpointSigner signer = signer(key);
            try (Workbench workbench = storage.open(signer)) {
                restoreInto(workbench, manifest, signer, scratch, table -> out.println("  " + table));
            }
        } finally {
            deleteTree(scratch);
        }
        key.ifPresent(text -> Workbench.keepCheckpointKey(storage.data(), text));
        out.println("Restored " + manifest.rows() + " rows; ledger intact: " + entries + " entries, root " + root + ", as backed up");
        return 0;
    }

    /**
     * Restores the backup into the empty database of {@code workbench} in one transaction that
     * commits only when it checks out. A backup of an older schema version is first carried
     * forward in {@code scratch}.
     */
    private void restoreInto(Workbench workbench, Backups.Manifest manifest, CheckpointSigner signer, Path scratch,
            Consumer<String> progress) {
        Database db = workbench.database();
        Path source = file;
        Backups.Manifest sourceManifest = manifest;
        if (Database.before(manifest.schema(), db.schemaVersion())) {
            progress.accept("carrying the backup from schema version " + manifest.schema() + " to " + db.schemaVersion());
            source = scratch.resolve("carried.zip");
            sourceManifest = carriedForward(manifest, signer, scratch.resolve("carry"), source);
        }
        Path restored = source;
        Backups.Manifest restoredManifest = sourceManifest;
        db.write(() -> {
            Backups.restore(db, restored, restoredManifest, progress);
            requireRecord(workbench);
            return null;
        });
    }

    /**
     * The backup carried forward to this Parley's schema, written to {@code carried}: restored at
     * its own version into a temporary H2 database in {@code folder}, migrated there, checked, and
     * backed up again.
     */
    private Backups.Manifest carriedForward(Backups.Manifest manifest, CheckpointSigner signer, Path folder, Path carried) {
        try (Database old = Database.h2(folder, manifest.schema())) {
            if (!old.schemaVersion().equals(manifest.schema())) {
                throw new Backups.Refused(file + ": a backup of schema version " + manifest.schema() + ", which this Parley does not know");
            }
            old.write(() -> {
                Backups.restore(old, file, manifest, table -> { });
                return null;
            });
        }
        try (Workbench workbench = new Workbench(Database.h2(folder), signer)) {
            Database db = workbench.database();
            return db.snapshot(() -> {
                requireRecord(workbench);
                Map<String, byte[]> files = new LinkedHashMap<>();
                key.ifPresent(text -> files.put(RecordBackup.KEY_FILE, text.getBytes(StandardCharsets.US_ASCII)));
                return Backups.write(db, carried, files, manifest.facts(), table -> { });
            });
        }
    }

    /** Refuses a restored record whose ledger is not the one vouched for, or whose records and seats differ from it. */
    private void requireRecord(Workbench workbench) {
        requireLedger(workbench, entries, root);
        for (Map.Entry<String, LedgerReplay.Finding> check : VerifyCommand.checkRecords(workbench).entrySet()) {
            if (check.getValue() instanceof LedgerReplay.Finding.Differs differs) {
                throw new Backups.Refused(file + ": the restored " + check.getKey() + " differ from what the ledger says: "
                        + differs.what());
            }
        }
    }

    private Path scratch() {
        try {
            return Files.createTempDirectory("parley-restore");
        } catch (IOException e) {
            throw new Backups.Refused("cannot make a temporary folder to restore " + file + " through: " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + root, e);
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
