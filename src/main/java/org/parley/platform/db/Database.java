package org.parley.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
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

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens (and migrates) the H2 file database in {@code directory}. */
    public static Database h2(Path directory) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("parley") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
        return open(url, "sa", "");
    }

    /** Opens (and migrates) the database at a JDBC URL; credentials may be part of the URL. */
    public static Database open(String jdbcUrl, String user, String password) {
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
        return new Database(new HikariDataSource(config));
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

    private <T> T inTransaction(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            return work.get();
        }
        List<Runnable> committed = new ArrayList<>();
        T result;
        try (Handle handle = jdbi.open()) {
            current.set(handle);
            afterCommit.set(committed);
            handle.setReadOnly(readOnly);
            result = handle.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> work.get());
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
