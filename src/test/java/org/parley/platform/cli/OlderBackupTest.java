package org.parley.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Main;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.ledger.CheckpointSigner;
import org.parley.platform.db.Backups;
import org.parley.platform.db.Database;
import picocli.CommandLine;

/**
 * A backup taken by an older Parley, at schema version 3 (before accounts), restores into this one:
 * carried forward through a temporary database, checked there, then restored and checked again.
 */
class OlderBackupTest {
    private static final String OLD_SCHEMA = "3";

    @TempDir
    Path dir;

    @Test
    void restore_ofABackupOfAnOlderSchema_carriesItForward() throws Exception {
        Path old = dir.resolve("old");
        Path backup = dir.resolve("old-record.zip");
        try (Workbench workbench = new Workbench(Database.h2(old, OLD_SCHEMA), CheckpointSigner.generate())) {
            assertThat(workbench.database().schemaVersion()).isEqualTo(OLD_SCHEMA);
            assertThat(workbench.bundles().importBundle(DemoCommand.load("/demo/river-treaty.json"), new Viewer("test", Map.of(), false))
                    .isDone()).isTrue();
            Backups.Manifest manifest = RecordBackup.write(workbench, old, backup, table -> { }, warning -> { }).orElseThrow();
            assertThat(manifest.schema()).isEqualTo(OLD_SCHEMA);
            assertThat(manifest.tables()).doesNotContain("app_user", "seat", "read_audit").contains("confirmed_link", "ledger_entry");
        }
        Path target = dir.resolve("target");

        StringWriter checked = new StringWriter();
        int check = run(checked, "restore", "--check", backup.toString());
        StringWriter restored = new StringWriter();
        int restore = run(restored, "restore", backup.toString(), "--data", target.toString());

        assertThat(check).as(checked.toString()).isZero();
        assertThat(restore).as(restored.toString()).isZero();
        assertThat(restored.toString()).contains("carrying the backup from schema version 3 to ", "Restored 1142 rows");
        StringWriter verified = new StringWriter();
        assertThat(run(verified, "verify", "--data", target.toString())).isZero();
        assertThat(verified.toString()).contains("records intact: 233 records are what the ledger says");
        try (Database db = Database.h2(target)) {
            assertThat(Backups.tablesIn(db)).contains("app_user", "seat", "read_audit");
        }
    }

    private static int run(StringWriter output, String... args) {
        CommandLine cli = Main.commandLine();
        var writer = new PrintWriter(output, true);
        cli.setOut(writer);
        cli.setErr(writer);
        return cli.execute(args);
    }
}
