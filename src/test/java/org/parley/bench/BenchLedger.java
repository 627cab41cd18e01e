package org.parley.bench;

import java.security.SecureRandom;
import java.time.Clock;
import org.parley.ledger.Ledger;
import org.parley.ledger.store.JdbiLedgerStore;
import org.parley.platform.db.Database;

/** Ledgers for the benchmarks: positions recorded in negotiation "river", a thousand to a transaction. */
final class BenchLedger {
    private BenchLedger() {}

    /** Appends {@code events} position events to the ledger of {@code db}, kept by {@code store}. */
    static void fill(Database db, JdbiLedgerStore store, int events) {
        Ledger ledger = new Ledger(store, Clock.systemUTC(), new SecureRandom());
        for (int written = 0; written < events; written += 1_000) {
            int from = written;
            db.write(() -> {
                for (int k = from; k < Math.min(from + 1_000, events); k++) {
                    ledger.record("river", "position.recorded", "pos-" + k, "party:north", "clerk",
                            "{\"point\":\"" + k % 40 + "\",\"stance\":\"accept\",\"reason\":\"event " + k + " of the benchmark log\"}");
                }
                return null;
            });
        }
    }
}
