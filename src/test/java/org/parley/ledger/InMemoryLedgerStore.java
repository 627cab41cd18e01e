package org.parley.ledger;

import java.util.ArrayList;
import java.util.List;

/** A {@link LedgerStore} in a list, for tests; {@link #rows()} lets a test tamper with what is stored. */
public final class InMemoryLedgerStore implements LedgerStore {

    private final List<LedgerEntry> rows = new ArrayList<>();

    @Override
    public synchronized long append(LedgerEvent event) {
        if (event.sequence() != rows.size() + 1) {
            throw new IllegalStateException("next sequence is " + (rows.size() + 1) + ", not " + event.sequence());
        }
        rows.add(LedgerEntry.of(event));
        return event.sequence();
    }

    @Override
    public synchronized List<LedgerEntry> entries(long from, long to) {
        int first = (int) Math.min(Math.max(from, 1) - 1, rows.size());
        return List.copyOf(rows.subList(first, (int) Math.max(first, Math.min(to, rows.size()))));
    }

    @Override
    public synchronized long size() {
        return rows.size();
    }

    /** The stored rows themselves, as a database would let an intruder edit them. */
    public List<LedgerEntry> rows() {
        return rows;
    }
}
