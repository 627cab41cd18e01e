package org.parley.ledger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

/** Events, stores and ledgers for ledger tests. */
public final class LedgerFixtures {

    public static final Instant NOW = Instant.parse("2025-11-29T14:10:00.123456Z");

    private LedgerFixtures() {}

    public static EventSalt aSalt() {
        byte[] bytes = new byte[EventSalt.LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return new EventSalt(bytes);
    }

    public static LedgerEvent anEvent(long sequence) {
        return new LedgerEvent(sequence, "neg-1", "position.recorded", "pos-42", "party:ru,party:us", "alice",
                NOW, "{\"point\":\"10\",\"stance\":\"block\"}", aSalt());
    }

    public static Ledger aLedger(InMemoryLedgerStore store) {
        return new Ledger(store, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    }

    /** A store holding {@code count} recorded events, each a different position. */
    public static InMemoryLedgerStore aStoreWith(int count) {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Ledger ledger = aLedger(store);
        IntStream.range(0, count).forEach(i -> ledger.record("neg-1", "position.recorded", "pos-" + i,
                "party:ru,party:us", "alice", "{\"point\":\"" + i + "\",\"stance\":\"accept\"}"));
        return store;
    }
}
