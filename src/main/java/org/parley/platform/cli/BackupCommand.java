package org.parley.platform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.Workbench;
import org.parley.negotiation.Outcome;
import org.parley.platform.db.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley backup FILE}: the whole record in one file, from one snapshot, with the ledger it vouches for. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the whole record to one new file, from one consistent snapshot.",
                "Every negotiation, account, seat, API token, the ledger, the read audit and the checkpoint key "
                        + "(sessions are left out: after a restore everyone signs in again). The file holds everything "
                        + "confidential: keep it as safe as the database. 'parley restore' reads it into an empty database, H2 "
                        + "or PostgreSQL. On PostgreSQL it runs beside live servers; an H2 folder must not be held by a running "
                        + "server (let 'parley serve --backup-dir' back it up instead)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:backed up", "1:the file exists or cannot be written", "2:usage error"})
public final class BackupCommand implements Callable<Integer> {

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
        try (Workbench workbench = storage.open()) {
            Outcome<Backups.Manifest> written = RecordBackup.write(workbench, storage.data(), file, table -> out.println("  " + table),
                    warning -> err.println("parley: warning: " + warning));
            if (!(written instanceof Outcome.Done<Backups.Manifest> done)) {
                return Failure.report(err, file.toString(), written);
            }
            out.println("Backed up " + RecordBackup.summary(done.value(), file));
            return 0;
        }
    }
}
