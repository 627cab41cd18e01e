package org.parley.bench;

import java.util.Random;
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
import org.parley.ledger.CheckpointSigner;
import org.parley.ledger.InclusionProof;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerService;
import org.parley.ledger.MerkleTree;
import org.parley.ledger.store.JdbiLedgerStore;
import org.parley.negotiation.store.JdbiNegotiations;
import org.parley.platform.db.Database;
import org.parley.platform.db.TestDatabases;

/**
 * An inclusion proof for a random event of a log of {@code entries} events in H2, as the ledger API
 * answers it (leaf hashes read once and remembered, complete subtrees memoised), against the way
 * it was answered before: every stored entry read and the tree hashed afresh for each proof. See
 * docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LedgerProofBenchmark {

    @Param({"10000", "100000"})
    public int entries;

    private Database db;
    private JdbiLedgerStore store;
    private LedgerService service;
    private final Random random = new Random(7);

    @Setup(Level.Trial)
    public void fillTheLog() {
        db = TestDatabases.h2();
        store = new JdbiLedgerStore(db);
        BenchLedger.fill(db, store, entries);
        service = new LedgerService(db, store, new JdbiNegotiations(db), CheckpointSigner.generate());
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    @Benchmark
    public InclusionProof ledgerService() {
        return service.inclusion(1 + random.nextInt(entries), 0).orElseThrow();
    }

    @Benchmark
    public InclusionProof rebuildEveryTime() {
        long sequence = 1 + random.nextInt(entries);
        return db.read(() -> MerkleTree.ofLeafHashes(store.entries(1, store.size()).stream().map(LedgerEntry::leafHash).toList())
                .inclusionProof(sequence - 1, store.size()));
    }
}
