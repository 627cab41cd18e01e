package org.parley.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.parley.negotiation.Transactions;

/**
 * The database Parley keeps its record in: an H2 file by default, PostgreSQL when given a JDBC URL.
 * Migrates on open. Stores reach the handle of the transaction running on their thread, so a use
 * case's store calls share one transaction without passing it around.
 */
public final class Database implements Transactions, AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final String schemaVersion;

    /** Migrates the database to {@code version} (null: the newest). */
    private Database(HikariDataSource dataSource, String version) {
        this.dataSource = dataSource;
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (version != null) {
            config.target(MigrationVersion.fromVersion(version));
        }
        Flyway flyway = config.load();
        flyway.migrate();
        this.schemaVersion = flyway.info().current().getVersion().getVersion();
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Whether schema version {@code a} comes before {@code b} ("3" before "20").
     *
     * @throws IllegalArgumentException when either is not a version
     */
    public static boolean before(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b)) < 0;
    }

    /**
     * Opens (and migrates) the H2 file database in {@code directory}. Every commit is written to
     * the file before it returns ({@code WRITE_DELAY=0}; H2 would otherwise wait up to half a
     * second), so a write Parley acknowledged survives the process being killed.
     */
    public static Database h2(Path directory) {
        return h2(directory, null);
    }

    /** {@link #h2(Path)}, migrated only as far as schema version {@code version} (null: the newest), to read an older record into. */
    public static Database h2(Path directory, String version) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("parley")
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        try {
            return open(url, "sa", "", version);
        } catch (Unavailable e) {
            if (e.getMessage().contains("locked")) {
                throw new Unavailable("the database in " + directory + " is in use by another Parley process (a running 'parley serve'"
                        + " or 'parley demo'); stop it first, or keep the record in PostgreSQL (--db) to work beside a live server");
            }
            throw e;
        }
    }

    /** The database could not be opened: no server answers, the credentials are refused, another process holds the file. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }

    /** Opens (and migrates) the database at a JDBC URL; credentials may be part of the URL. */
    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, null);
    }

    private static Database open(String jdbcUrl, String user, String password, String version) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("parley");
        config.setAutoCommit(true);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new Unavailable("cannot open the database " + withoutParameters(jdbcUrl) + ": " + rootMessage(e));
        }
        return new Database(dataSource, version);
    }

    /** The URL up to its parameters, which may carry a password. */
    private static String withoutParameters(String jdbcUrl) {
        return jdbcUrl.replaceAll("[?;].*$", "");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    public static Database fromUrlOrDirectory(String jdbcUrl, Path directory) {
        return jdbcUrl == null || jdbcUrl.isBlank() ? h2(directory) : open(jdbcUrl, null, null);
    }

    /**
     * A connection outside the pool, for work that holds one for the life of the process (listening
     * for notifications); the caller closes it.
     */
    public java.sql.Connection dedicatedConnection() throws java.sql.SQLException {
        java.util.Properties credentials = new java.util.Properties();
        if (dataSource.getUsername() != null) {
            credentials.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            credentials.setProperty("password", dataSource.getPassword());
        }
        return java.sql.DriverManager.getConnection(dataSource.getJdbcUrl(), credentials);
    }

    /** The JDBC URL this database was opened with. */
    public String url() {
        return dataSource.getJdbcUrl();
    }

    /** The version of the newest migration applied, such as "20". */
    public String schemaVersion() {
        return schemaVersion;
    }

    public boolean isPostgres() {
        return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return inTransaction(work, false);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return inTransaction(work, true);
    }

    /**
     * Runs {@code work} read-only on one snapshot: every read sees the database as it was at the
     * first, whatever commits meanwhile (a backup's tables, and its ledger, agree with each other).
     * That is PostgreSQL's repeatable read; H2's repeatable read lets rows committed meanwhile
     * into a table not yet read appear, and only its serializable level reads one snapshot.
     */
    public <T> T snapshot(Supplier<T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("a snapshot cannot join a transaction already running");
        }
        return inTransaction(work, true,
                isPostgres() ? TransactionIsolationLevel.REPEATABLE_READ : TransactionIsolationLevel.SERIALIZABLE);
    }

    private <T> T inTransaction(Supplier<T> work, boolean readOnly) {
        return inTransaction(work, readOnly, TransactionIsolationLevel.READ_COMMITTED);
    }

    private <T> T inTransaction(Supplier<T> work, boolean readOnly, TransactionIsolationLevel isolation) {
        if (current.get() != null) {
            return work.get();
        }
        List<Runnable> committed = new ArrayList<>();
        T result;
        try (Handle handle = jdbi.open()) {
            current.set(handle);
            afterCommit.set(committed);
            handle.setReadOnly(readOnly);
            result = handle.inTransaction(isolation, h -> work.get());
        } finally {
            current.remove();
            afterCommit.remove();
        }
        committed.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} once the transaction running on this thread has committed, and never if it
     * rolls back; calling it outside a transaction is a bug.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            throw new IllegalStateException("afterCommit was called outside a transaction");
        }
        actions.add(action);
    }

    /**
     * Runs {@code work} in a transaction of its own, even while another runs on this thread, for
     * rows that must be kept whatever that one does, and from read-only ones (the read audit).
     */
    public <T> T apart(Function<Handle, T> work) {
        try (Handle handle = jdbi.open()) {
            return handle.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work::apply);
        }
    }

    /** The handle of the transaction running on this thread; calling a store outside one is a bug. */
    public Handle handle() {
        Handle handle = current.get();
        if (handle == null) {
            throw new IllegalStateException("a store was called outside a transaction");
        }
        return handle;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
