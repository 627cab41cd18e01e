package org.parley.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ledger.Change;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerReport;
import org.parley.ledger.LedgerVerifier;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.db.Database;

/** The ledger on the real H2 database, tampered with by SQL behind Parley's back. */
class JdbiLedgerStoreTest {

    @TempDir
    Path directory;

    private Database db;
    private JdbiLedgerStore store;

    @BeforeEach
    void openDatabase() {
        db = Database.h2(directory);
        store = new JdbiLedgerStore(db);
        JdbiEventLog log = new JdbiEventLog(db);
        for (int i = 1; i <= 6; i++) {
            Change change = new Change(NegotiationId.of("neg-1"), i % 2 == 0 ? "draft.status-changed" : "position.recorded",
                    "subject-" + i, "party:ru,party:us", i == 1 ? "" : "envoy", Map.of("point", i, "stance", "oppose"));
            assertThat(db.write(() -> log.append(change))).isEqualTo(i);
        }
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void entries_readBackWhatWasAppendedAndVerify() {
        List<LedgerEntry> entries = db.read(() -> store.entries(1, 6));

        assertThat(entries).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(entries.get(2).event().payload()).contains("\"point\":3", "\"stance\":\"oppose\"");
        assertThat(verify()).isInstanceOf(LedgerReport.Intact.class);
        assertThat(((LedgerReport.Intact) verify()).size()).isEqualTo(6);
    }

    @Test
    void verify_findsAPayloadEditedWithSql() {
        sql("UPDATE ledger_entry SET payload = '{\"point\":3,\"stance\":\"endorse\"}' WHERE seq = 3");

        assertThat(verify()).isInstanceOf(LedgerReport.BadEntry.class)
                .extracting("sequence").isEqualTo(3L);
    }

    @Test
    void verify_findsALeafHashEditedWithSql() {
        sql("UPDATE ledger_entry SET leaf_hash = (SELECT leaf_hash FROM ledger_entry WHERE seq = 5) WHERE seq = 4");

        assertThat(verify()).extracting("sequence").isEqualTo(4L);
    }

    @Test
    void verify_findsARowDeletedWithSql() {
        sql("DELETE FROM ledger_entry WHERE seq = 2");

        assertThat(verify()).extracting("sequence").isEqualTo(2L);
    }

    @Test
    void verify_findsRowsDeletedFromTheEndWithSql() {
        sql("DELETE FROM ledger_entry WHERE seq > 4");

        assertThat(verify()).extracting("sequence").isEqualTo(5L);
    }

    @Test
    void verify_findsTwoRowsWhoseSequencesWereSwappedWithSql() {
        sql("UPDATE ledger_entry SET seq = 100 WHERE seq = 2");
        sql("UPDATE ledger_entry SET seq = 2 WHERE seq = 5");
        sql("UPDATE ledger_entry SET seq = 5 WHERE seq = 100");

        assertThat(verify()).extracting("sequence").isEqualTo(2L);
    }

    private LedgerReport verify() {
        return db.read(() -> LedgerVerifier.verify(store));
    }

    private void sql(String statement) {
        db.write(() -> db.handle().execute(statement));
    }
}
