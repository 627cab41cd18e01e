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

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void snapshot_letsOtherTransactionsWriteTheRowsItRead(TestDatabases.Kind kind) {
        try (Database db = kind.open()) {
            db.write(() -> db.handle().execute("INSERT INTO login_failure (subject, failures, last_failure) VALUES ('a', 1, CURRENT_TIMESTAMP)"));

            long seen = db.snapshot(() -> {
                long before = count(db, "login_failure");
                // A live server goes on recording while a backup reads: a new row and a change to one the snapshot read.
                db.apart(handle -> handle.execute("INSERT INTO login_failure (subject, failures, last_failure) "
                        + "VALUES ('b', 1, CURRENT_TIMESTAMP)"));
                db.apart(handle -> handle.execute("UPDATE login_failure SET failures = 2 WHERE subject = 'a'"));
                return before + count(db, "login_failure");
            });

            assertThat(seen).isEqualTo(2);
            assertThat(db.read(() -> count(db, "login_failure"))).isEqualTo(2);
            assertThat(db.read(() -> db.handle().createQuery("SELECT failures FROM login_failure WHERE subject = 'a'")
                    .mapTo(Integer.class).one())).isEqualTo(2);
        }
    }

    private static long count(Database db, String table) {
        return db.handle().createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }
}
