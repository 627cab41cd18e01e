package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.Cli.parley;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Workbench;
import org.parley.cli.Cli.Run;
import org.parley.platform.db.Backups;
import org.parley.platform.db.Database;
import org.parley.platform.db.TestDatabases;

/**
 * {@code parley backup} and {@code parley restore} end to end: the whole record, ledger and
 * checkpoint key through one file, between H2 folders and into PostgreSQL; and every damaged or
 * misdirected restore refused with the database left as it was.
 */
class BackupRestoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path source;
    private Path backup;

    /** A record with both demo negotiations, a seated account with a token, and reads in the audit. */
    @BeforeEach
    void recordAndBackUp() throws IOException {
        source = dir.resolve("source");
        for (String bundle : new String[] {"ukraine-2025", "river-treaty"}) {
            assertThat(parley("import", "bundle", Cli.demoBundle(dir, bundle).toString(), "--data", source.toString()).code()).isZero();
        }
        assertThat(parley("user", "add", "kestria-envoy", "--seat", "river-treaty:kestria", "--data", source.toString()).code()).isZero();
        assertThat(parley("user", "token", "kestria-envoy", "--label", "scripts", "--data", source.toString()).code()).isZero();
        assertThat(parley("export", "river-treaty", "--party", "kestria", "--data", source.toString()).code()).isZero();
        backup = dir.resolve("record.zip");
        Run run = parley("backup", backup.toString(), "--data", source.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("ledger_entry: ", "Backed up ", "ledger of ");
    }

    @Test
    void restore_onANewH2Folder_givesBackEveryTableTheLedgerAndTheKey() throws IOException {
        Path target = dir.resolve("target");

        Run run = parley("restore", backup.toString(), "--data", target.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Checked ", "Restored ", "ledger intact", "as backed up");
        assertThat(tablesOf(backUp(target))).isEqualTo(tablesOf(backup)).containsKey("tables/read_audit.jsonl");
        assertThat(lines(backup, "tables/read_audit.jsonl")).as("the reads Kestria's export made").isPositive();
        assertThat(lines(backup, "tables/api_token.jsonl")).isEqualTo(1);
        assertThat(Files.readString(target.resolve("keys/checkpoint-key.pem")))
                .isEqualTo(Files.readString(source.resolve("keys/checkpoint-key.pem")));
        assertThat(parley("verify", "--data", target.toString()).out()).contains("ledger intact", "records intact", "seats intact");
    }

    @Test
    void restore_goesOnCountingWhereTheBackupStopped() throws IOException {
        Path target = dir.resolve("target");
        parley("restore", backup.toString(), "--data", target.toString());
        long reads = lines(backup, "tables/read_audit.jsonl");

        assertThat(parley("export", "river-treaty", "--party", "kestria", "--data", target.toString()).code()).isZero();

        assertThat(lines(backUp(target), "tables/read_audit.jsonl")).isEqualTo(2 * reads);
    }

    @Test
    void backup_isForItsOwnerOnlyAndNeverOverwritesAFile() throws IOException {
        byte[] before = Files.readAllBytes(backup);

        Run again = parley("backup", backup.toString(), "--data", source.toString());

        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("exists; a backup never overwrites a file");
        assertThat(Files.readAllBytes(backup)).isEqualTo(before);
    }

    @Test
    void restore_intoPostgres_thenBackUpAgain_givesTheSameTables() throws IOException {
        String url;
        try (Database postgres = TestDatabases.postgres()) {
            url = postgres.url();
        }
        Path keys = dir.resolve("pg-keys");

        Run run = parley("restore", backup.toString(), "--db", url, "--data", keys.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Path again = dir.resolve("from-postgres.zip");
        assertThat(parley("backup", again.toString(), "--db", url, "--data", keys.toString()).code()).isZero();
        assertThat(tablesOf(again)).isEqualTo(tablesOf(backup));
    }

    @Test
    void backup_coversEveryTableOfTheSchema_onH2AndPostgres() {
        for (TestDatabases.Kind kind : TestDatabases.Kind.values()) {
            try (Database db = kind.open()) {
                assertThat(Backups.tablesIn(db)).as(kind.name())
                        .containsExactlyInAnyOrderElementsOf(union(Backups.TABLES, Backups.LEFT_OUT));
            }
        }
    }

    @Test
    void restore_intoADatabaseThatHoldsAnything_isRefusedAndChangesNothing() {
        String before = parley("export", "ukraine-2025", "--data", source.toString()).out();

        Run run = parley("restore", backup.toString(), "--data", source.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("a restore needs an empty database");
        assertThat(parley("export", "ukraine-2025", "--data", source.toString()).out()).isEqualTo(before);
    }

    @Test
    void restore_ofADamagedFile_isRefusedBeforeTheDatabaseIsTouched() throws IOException {
        Path damaged = rewritten(backup, "tables/position.jsonl", text -> text.replaceFirst("\"stance\":\"ACCEPT\"", "\"stance\":\"OPPOSE\""), false);
        Path target = dir.resolve("target");

        Run run = parley("restore", damaged.toString(), "--data", target.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("tables/position.jsonl is damaged");
        assertThat(target).doesNotExist();
    }

    @Test
    void restore_ofRowsTheLedgerDoesNotVouchFor_isRolledBack() throws IOException {
        Path forged = rewritten(backup, "tables/position.jsonl", text -> text.replaceFirst("\"stance\":\"ACCEPT\"", "\"stance\":\"BLOCK\""),
                true);
        Path target = dir.resolve("target");

        Run run = parley("restore", forged.toString(), "--data", target.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("the restored records differ from what the ledger says");
        assertEmpty(target);
    }

    @Test
    void restoreCheck_provesABackupRestorableWithoutTouchingAnyDatabase() throws IOException {
        Path untouched = dir.resolve("untouched");
        Path forged = rewritten(backup, "tables/position.jsonl", text -> text.replaceFirst("\"stance\":\"ACCEPT\"", "\"stance\":\"BLOCK\""),
                true);

        Run good = parley("restore", "--check", backup.toString(), "--data", untouched.toString());
        Run bad = parley("restore", "--check", forged.toString(), "--data", untouched.toString());

        assertThat(good.code()).as(good.err()).isZero();
        assertThat(good.out()).contains("Backup intact: it restores, its ledger of ", "records and seats are what the ledger says");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("the restored records differ from what the ledger says");
        assertThat(untouched).doesNotExist();
    }

    @Test
    void restore_ofALedgerOtherThanTheOneVouchedFor_isRolledBack() throws IOException {
        Path forged = rewritten(backup, Backups.MANIFEST, text -> text.replaceFirst("\"ledger.root\" : \"[0-9a-f]{2}", "\"ledger.root\" : \"00"),
                false);
        Path target = dir.resolve("target");

        Run run = parley("restore", forged.toString(), "--data", target.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("where the backup vouches for");
        assertEmpty(target);
    }

    @Test
    void restore_ofARowThatDoesNotFitItsTable_namesTheLineAndIsRolledBack() throws IOException {
        Path forged = rewritten(backup, "tables/party.jsonl", text -> text.replaceFirst("\"ord\":\\d+", "\"ord\":\"first\""), true);
        Path target = dir.resolve("target");

        Run run = parley("restore", forged.toString(), "--data", target.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("tables/party.jsonl:1: column ord: expected integer, found \"first\"");
        assertEmpty(target);
    }

    @Test
    void restore_refusesWhatIsNotABackupOfThisSchema() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip", StandardCharsets.UTF_8);
        Path newer = rewritten(backup, Backups.MANIFEST, manifest -> manifest.replaceFirst("\"schema\" : \"[^\"]+\"", "\"schema\" : \"999\""),
                false);
        Path extra = withEntry(backup, "tables/extra.jsonl", "{}\n");

        assertThat(parley("restore", text.toString(), "--data", dir.resolve("a").toString()).err()).contains("not a Parley backup");
        assertThat(parley("restore", newer.toString(), "--data", dir.resolve("b").toString()).err())
                .contains("a backup of schema version 999");
        assertThat(parley("restore", extra.toString(), "--data", dir.resolve("c").toString()).err())
                .contains("holds tables/extra.jsonl, which its manifest does not list");
        assertEmpty(dir.resolve("b"));
    }

    @Test
    void verify_leavesTheReadAuditAsItWas() throws IOException {
        assertThat(parley("verify", "--data", source.toString()).code()).isZero();

        assertThat(tablesOf(backUp(source))).isEqualTo(tablesOf(backup));
    }

    private Path backUp(Path data) {
        Path file = dir.resolve(data.getFileName() + "-" + System.nanoTime() + ".zip");
        Run run = parley("backup", file.toString(), "--data", data.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return file;
    }

    /** The database in {@code data} holds nothing: no negotiation, account, ledger entry or read. */
    private static void assertEmpty(Path data) {
        try (Workbench workbench = Workbench.open(null, data)) {
            Database db = workbench.database();
            for (String table : Backups.TABLES) {
                String count = table.equals("ledger_head") ? "SELECT size FROM ledger_head" : "SELECT COUNT(*) FROM " + table;
                assertThat(db.read(() -> db.handle().createQuery(count).mapTo(Long.class).one())).as(table).isZero();
            }
        }
    }

    private static java.util.Set<String> union(java.util.List<String> a, java.util.Set<String> b) {
        var all = new java.util.TreeSet<String>(a);
        all.addAll(b);
        return all;
    }

    /** The table files of a backup, by name. */
    private static Map<String, String> tablesOf(Path zip) throws IOException {
        Map<String, String> tables = new LinkedHashMap<>();
        entries(zip).forEach((name, bytes) -> {
            if (name.startsWith("tables/")) {
                tables.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return tables;
    }

    private static long lines(Path zip, String name) throws IOException {
        return new String(entries(zip).get(name), StandardCharsets.UTF_8).lines().count();
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); var unzip = new ZipInputStream(in)) {
            for (ZipEntry entry = unzip.getNextEntry(); entry != null; entry = unzip.getNextEntry()) {
                entries.put(entry.getName(), unzip.readAllBytes());
            }
        }
        return entries;
    }

    /**
     * A copy of {@code zip} with entry {@code name} edited; with {@code consistent}, its digest in the
     * manifest is edited to match, as a forger would.
     */
    private Path rewritten(Path zip, String name, UnaryOperator<String> edit, boolean consistent) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        String before = new String(entries.get(name), StandardCharsets.UTF_8);
        String after = edit.apply(before);
        assertThat(after).as("the edit changes " + name).isNotEqualTo(before);
        entries.put(name, after.getBytes(StandardCharsets.UTF_8));
        if (consistent) {
            ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get(Backups.MANIFEST));
            ((ObjectNode) manifest.get("files").get(name)).put("sha256", sha256(entries.get(name)));
            entries.put(Backups.MANIFEST, JSON.writeValueAsBytes(manifest));
        }
        return packed(entries);
    }

    private Path withEntry(Path zip, String name, String text) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, text.getBytes(StandardCharsets.UTF_8));
        return packed(entries);
    }

    private Path packed(Map<String, byte[]> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve("edited-" + System.nanoTime() + ".zip"), bytes.toByteArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
