package org.parley.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.ledger.Change;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerReport;
import org.parley.ledger.LedgerVerifier;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.db.Database;
import org.parley.platform.db.TestDatabases;

/** The ledger on real H2 and PostgreSQL databases, tampered with by SQL behind Parley's back. */
class JdbiLedgerStoreTest {

    private Database db;
    private JdbiLedgerStore store;

    private void open(TestDatabases.Kind kind) {
        db = kind.open();
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
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void entries_readBackWhatWasAppendedAndVerify(TestDatabases.Kind kind) {
        open(kind);
        List<LedgerEntry> entries = db.read(() -> store.entries(1, 6));

        assertThat(entries).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(entries.get(2).event().payload()).contains("\"point\":3", "\"stance\":\"oppose\"");
        assertThat(verify()).isInstanceOf(LedgerReport.Intact.class);
        assertThat(((LedgerReport.Intact) verify()).size()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void verify_findsAPayloadEditedWithSql(TestDatabases.Kind kind) {
        open(kind);
        sql("UPDATE ledger_entry SET payload = '{\"point\":3,\"stance\":\"endorse\"}' WHERE seq = 3");

        assertThat(verify()).isInstanceOf(LedgerReport.BadEntry.class)
                .extracting("sequence").isEqualTo(3L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void verify_findsALeafHashEditedWithSql(TestDatabases.Kind kind) {
        open(kind);
        sql("UPDATE ledger_entry SET leaf_hash = (SELECT leaf_hash FROM ledger_entry WHERE seq = 5) WHERE seq = 4");

        assertThat(verify()).extracting("sequence").isEqualTo(4L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void verify_findsARowDeletedWithSql(TestDatabases.Kind kind) {
        open(kind);
        sql("DELETE FROM ledger_entry WHERE seq = 2");

        assertThat(verify()).extracting("sequence").isEqualTo(2L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void verify_findsRowsDeletedFromTheEndWithSql(TestDatabases.Kind kind) {
        open(kind);
        sql("DELETE FROM ledger_entry WHERE seq > 4");

        assertThat(verify()).extracting("sequence").isEqualTo(5L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void verify_findsTwoRowsWhoseSequencesWereSwappedWithSql(TestDatabases.Kind kind) {
        open(kind);
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
