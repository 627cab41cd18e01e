package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
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
import org.parley.ledger.Ledger;
import org.parley.ledger.store.JdbiLedgerStore;
import org.parley.platform.db.Database;

/**
 * One small use case's transaction (a ledger event appended) on an H2 file database, as Parley opens
 * it ({@code durable}: every commit written to the file before it returns) against H2's default
 * ({@code delayed}: commits written up to half a second later, lost if the process dies
 * meanwhile). See docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CommitBenchmark {

    @Param({"durable", "delayed"})
    public String commits;

    private Path folder;
    private Database db;
    private Ledger ledger;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("parley-commit-bench");
        db = commits.equals("durable") ? Database.h2(folder)
                : Database.open("jdbc:h2:file:" + folder.toAbsolutePath().resolve("parley") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        ledger = new Ledger(new JdbiLedgerStore(db), Clock.systemUTC(), new SecureRandom());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        db.close();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Benchmark
    public Object recordOneEvent() {
        int k = next++;
        return db.write(() -> ledger.record("river", "position.recorded", "pos-" + k, "party:north", "clerk",
                "{\"point\":\"" + k % 40 + "\",\"stance\":\"accept\"}"));
    }
}
