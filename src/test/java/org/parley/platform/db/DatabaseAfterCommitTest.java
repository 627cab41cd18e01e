package org.parley.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actions registered for after the commit run once it succeeded, and never for a rolled back transaction. */
class DatabaseAfterCommitTest {

    @Test
    void afterCommit_runsOnceTheOutermostTransactionCommitted() {
        try (Database db = TestDatabases.h2()) {
            List<String> ran = new ArrayList<>();
            db.write(() -> {
                db.afterCommit(() -> ran.add("outer"));
                db.write(() -> {
                    db.afterCommit(() -> ran.add("inner"));
                    return null;
                });
                assertThat(ran).isEmpty();
                return null;
            });

            assertThat(ran).containsExactly("outer", "inner");
        }
    }

    @Test
    void afterCommit_neverRunsWhenTheTransactionRollsBack() {
        try (Database db = TestDatabases.h2()) {
            List<String> ran = new ArrayList<>();

            assertThatThrownBy(() -> db.write(() -> {
                db.afterCommit(() -> ran.add("never"));
                throw new IllegalStateException("the use case failed");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(ran).isEmpty();
        }
    }

    @Test
    void afterCommit_outsideATransaction_isABug() {
        try (Database db = TestDatabases.h2()) {
            assertThatThrownBy(() -> db.afterCommit(() -> {})).isInstanceOf(IllegalStateException.class);
        }
    }
}
