package org.parley.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A snapshot reads every table as it was at its first read, whatever another transaction commits meanwhile. */
class DatabaseSnapshotTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void snapshot_doesNotSeeRowsCommittedAfterItsFirstRead_inATableItReadsLater(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            long[] seen = db.snapshot(() -> {
                long negotiations = count(db, "negotiation");
                // Another transaction, on another connection, commits while the snapshot is open.
                db.apart(handle -> handle.execute("INSERT INTO login_failure (subject, failures, last_failure) "
                        + "VALUES ('someone', 1, CURRENT_TIMESTAMP)"));
                return new long[] {negotiations, count(db, "login_failure")};
            });

            assertThat(seen).containsExactly(0, 0);
            assertThat(db.read(() -> count(db, "login_failure"))).isEqualTo(1);
        }
    }

    private static long count(Database db, String table) {
        return db.handle().createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }
}
