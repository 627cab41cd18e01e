package org.parley.platform.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.Workbench;
import org.parley.ledger.LedgerReport;
import org.parley.ledger.LedgerVerifier;
import org.parley.negotiation.Outcome;
import org.parley.platform.db.Backups;
import org.parley.platform.db.Database;

/**
 * One backup of a workbench's record: its tables, the checkpoint key kept in the data folder, and
 * the ledger's size and root verified in the same snapshot, so a restore can hold the rows to the
 * ledger they were taken with. What {@code parley backup} and the server's scheduled backups write.
 */
final class RecordBackup {
    /** Where a backup keeps the checkpoint key. */
    static final String KEY_FILE = "keys/checkpoint-key.pem";
    /** The facts a backup vouches for: the ledger's size and root when it was taken. */
    static final String LEDGER_SIZE = "ledger.size";
    static final String LEDGER_ROOT = "ledger.root";

    private RecordBackup() {}

    /**
     * Writes the backup of {@code workbench} (whose checkpoint key is kept in {@code data}) to the
     * new file {@code file}, refused when it exists; tells {@code progress} each table as it is
     * written, and {@code warnings} what the backup cannot vouch for.
     */
    static Outcome<Backups.Manifest> write(Workbench workbench, Path data, Path file, Consumer<String> progress, Consumer<String> warnings) {
        Optional<String> key = Workbench.checkpointKeyText(data);
        Database db = workbench.database();
        return db.snapshot(() -> {
            Map<String, String> facts = new LinkedHashMap<>();
            LedgerReport ledger = LedgerVerifier.verify(workbench.ledgerStore());
            if (ledger instanceof LedgerReport.Intact intact) {
                facts.put(LEDGER_SIZE, Long.toString(intact.size()));
                facts.put(LEDGER_ROOT, intact.rootHash().hex());
            } else {
                warnings.accept("the ledger is broken (run 'parley verify'); backed up as it is, and 'parley restore' will refuse "
                        + file);
            }
            return Backups.write(db, file, keyFile(key), facts, progress);
        });
    }

    /** The files a backup keeps besides its tables: the checkpoint key, when there is one. */
    static Map<String, byte[]> keyFile(Optional<String> key) {
        return key.map(text -> Map.of(KEY_FILE, text.getBytes(StandardCharsets.US_ASCII))).orElse(Map.of());
    }

    /** One line saying what a backup holds. */
    static String summary(Backups.Manifest manifest, Path file) {
        String size = manifest.facts().get(LEDGER_SIZE);
        return manifest.rows() + " rows of " + manifest.tables().size() + " tables to " + file
                + (size == null ? "" : "; ledger of " + size + " entries, root " + manifest.facts().get(LEDGER_ROOT));
    }
}
