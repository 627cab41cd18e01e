package org.parley.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, migrated databases for tests: H2 in memory, and PostgreSQL in a schema of its own on the
 * server named by {@code PARLEY_TEST_PG_URL} (default: the local server's {@code test} database).
 * PostgreSQL tests skip with a message when no server answers, and fail instead when
 * {@code PARLEY_REQUIRE_POSTGRES=1}, as on CI.
 */
public final class TestDatabases {
    public static final String PG_URL = System.getenv().getOrDefault("PARLEY_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {}

    /** The kinds of database every store test runs on. */
    public enum Kind {
        H2, POSTGRES;

        public Database open() {
            return this == H2 ? h2() : postgres();
        }
    }

    public static Database h2() {
        return Database.open("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public static Database postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(PG_URL)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("PARLEY_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required (PARLEY_REQUIRE_POSTGRES=1) but " + PG_URL
                        + " does not answer: " + e.getMessage(), e);
            }
            Assumptions.abort("no PostgreSQL at " + PG_URL + " (" + e.getMessage() + "); set PARLEY_REQUIRE_POSTGRES=1 to make this fail");
        }
        String separator = PG_URL.contains("?") ? "&" : "?";
        return Database.open(PG_URL + separator + "currentSchema=" + schema, null, null);
    }
}
