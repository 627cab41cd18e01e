package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parley.ledger.store.JdbiLedgerStore;
import org.parley.platform.db.Backups;
import org.parley.platform.db.Database;

/**
 * A backup and a restore of a record of {@code rows} ledger entries and as many read-audit rows
 * (the two tables that grow without end) in H2 files, against H2's own dump of the same database:
 * {@code SCRIPT TO ... COMPRESSION ZIP} and {@code RUNSCRIPT FROM} into an empty database. See
 * docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BackupBenchmark {

    @Param({"100000"})
    public int rows;

    private Database db;
    private Path folder;
    private Path backup;
    private Path script;
    private Database target;
    private Connection empty;

    @Setup(Level.Trial)
    public void fillTheRecord() throws IOException {
        folder = Files.createTempDirectory("parley-backup-bench");
        db = Database.h2(folder.resolve("source"));
        BenchLedger.fill(db, new JdbiLedgerStore(db), rows);
        db.write(() -> db.handle().execute("INSERT INTO read_audit (negotiation_id, record_kind, record_id, reader, route, read_at) "
                + "SELECT 'river', 'position', 'pos-' || X, 'north-envoy', 'GET /negotiations/{negotiation}/drafts/{draft}', "
                + "CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, " + rows + ")"));
        backup = folder.resolve("record.zip");
        script = folder.resolve("record.sql.zip");
        db.snapshot(() -> Backups.write(db, backup, Map.of(), Map.of(), table -> { })).orElseThrow();
        db.read(() -> db.handle().execute("SCRIPT TO '" + script + "' COMPRESSION ZIP"));
    }

    @Setup(Level.Invocation)
    public void emptyTargets() throws SQLException {
        target = Database.h2(folder.resolve("target"));
        empty = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("empty").resolve("parley").toAbsolutePath(), "sa", "");
    }

    @TearDown(Level.Invocation)
    public void dropTargets() throws SQLException, IOException {
        target.close();
        empty.close();
        for (String leftover : new String[] {"target", "empty", "again.zip", "again.sql.zip"}) {
            delete(folder.resolve(leftover));
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        db.close();
        delete(folder);
    }

    private static void delete(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (var inside = Files.list(path)) {
                for (Path child : inside.toList()) {
                    delete(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }

    @Benchmark
    public Backups.Manifest parleyBackup() {
        return db.snapshot(() -> Backups.write(db, folder.resolve("again.zip"), Map.of(), Map.of(), table -> { })).orElseThrow();
    }

    @Benchmark
    public int h2Script() {
        return db.read(() -> db.handle().execute("SCRIPT TO '" + folder.resolve("again.sql.zip") + "' COMPRESSION ZIP"));
    }

    @Benchmark
    public Backups.Manifest parleyCheckAndRestore() {
        Backups.Manifest manifest = Backups.check(backup).orElseThrow();
        target.writeAll(() -> Backups.restore(target, backup, manifest, table -> { })).orElseThrow();
        return manifest;
    }

    @Benchmark
    public boolean h2RunScript() throws SQLException {
        return empty.createStatement().execute("RUNSCRIPT FROM '" + script + "' COMPRESSION ZIP");
    }
}
