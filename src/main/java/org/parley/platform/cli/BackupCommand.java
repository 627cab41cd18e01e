package org.parley.platform.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.Workbench;
import org.parley.ledger.LedgerReport;
import org.parley.ledger.LedgerVerifier;
import org.parley.platform.db.Backups;
import org.parley.platform.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley backup FILE}: the whole record in one file, from one snapshot, with the ledger it vouches for. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the whole record to one new file, from one consistent snapshot.",
                "Every negotiation, account, seat, API token, the ledger, the read audit and the checkpoint key",
                "(sessions are left out: after a restore everyone signs in again). The file holds everything",
                "confidential: keep it as safe as the database. 'parley restore' reads it into an empty",
                "database, H2 or PostgreSQL. On PostgreSQL it runs beside live servers; an H2 folder must",
                "not be held by a running 'parley serve'."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:backed up", "1:the file exists or cannot be written", "2:usage error"})
public final class BackupCommand implements Callable<Integer> {
    /** Where a backup keeps the checkpoint key. */
    static final String KEY_FILE = "keys/checkpoint-key.pem";
    /** The facts a backup vouches for: the ledger's size and root when it was taken. */
    static final String LEDGER_SIZE = "ledger.size";
    static final String LEDGER_ROOT = "ledger.root";

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup to write; it must not exist yet")
    private Path file;

    @Mixin
    private StorageOptions storage;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> key = Workbench.checkpointKeyText(storage.data());
        try (Workbench workbench = storage.open()) {
            Database db = workbench.database();
            Map<String, String> facts = new LinkedHashMap<>();
            Backups.Manifest manifest = db.snapshot(() -> {
                LedgerReport ledger = LedgerVerifier.verify(workbench.ledgerStore());
                if (ledger instanceof LedgerReport.Intact intact) {
                    facts.put(LEDGER_SIZE, Long.toString(intact.size()));
                    facts.put(LEDGER_ROOT, intact.rootHash().hex());
                } else {
                    err.println("parley: warning: the ledger is broken (run 'parley verify'); backed up as it is, and"
                            + " 'parley restore' will refuse this backup");
                }
                Map<String, byte[]> files = new LinkedHashMap<>();
                key.ifPresent(text -> files.put(KEY_FILE, text.getBytes(StandardCharsets.US_ASCII)));
                return Backups.write(db, file, files, facts, table -> out.println("  " + table));
            });
            long rows = Backups.TABLES.stream().mapToLong(manifest::rows).sum();
            out.println("Backed up " + rows + " rows of " + Backups.TABLES.size() + " tables to " + file
                    + (facts.isEmpty() ? "" : "; ledger of " + facts.get(LEDGER_SIZE) + " entries, root " + facts.get(LEDGER_ROOT)));
            return 0;
        }
    }
}
