package org.parley.platform.db;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.parley.negotiation.Outcome;

/**
 * The whole record as one zip file, written from a snapshot and read back into an empty database
 * of either kind, so a backup of H2 restores into PostgreSQL and back. It holds
 * {@code tables/NAME.jsonl}, one JSON object per row (column names in lower case, timestamps and
 * dates in ISO 8601), for each of {@link #TABLES} that the database holds at its schema version,
 * in that order, which keeps every foreign key satisfied while restoring; any further files its
 * writer adds (the checkpoint key); and last {@code manifest.json}: the format, the schema
 * version and its tables, each file's SHA-256 and each table's row count, and facts its writer
 * vouches for (the ledger's size and root).
 *
 * <p>A restore checks every file against the manifest before it touches the database, refuses a
 * database that holds anything, and inserts every row in the caller's transaction, so a refusal
 * at any point leaves the database as it was.
 */
public final class Backups {
    public static final int FORMAT = 1;
    public static final String MANIFEST = "manifest.json";
    /** A backup being written is a hidden file named so; one left by a killed process is {@link #isPartial}. */
    private static final String PARTIAL_PREFIX = ".parley-backup";
    private static final String PARTIAL_SUFFIX = ".partial";

    /** Every table of the record, parents before children. */
    public static final List<String> TABLES = List.of("negotiation", "party", "person", "topic", "audience", "draft", "point", "position",
            "meeting", "statement", "confirmed_link", "ledger_entry", "ledger_head", "app_user", "seat", "api_token", "read_audit");

    /**
     * Tables a backup leaves out: sessions and login failures are short-lived (after a restore
     * everyone signs in again), and Flyway keeps its own history.
     */
    public static final Set<String> LEFT_OUT = Set.of("user_session", "login_failure", "flyway_schema_history");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;
    private static final int MAX_LINE_CHARS = 64 * 1024 * 1024;
    private static final int MAX_SMALL_FILE_BYTES = 1024 * 1024;

    private Backups() {}

    /**
     * What a backup holds: the tables of its schema version in the order to restore them, its files
     * with their digests, and the facts its writer vouched for.
     */
    public record Manifest(int format, String schema, String createdAt, List<String> tables, Map<String, FileEntry> files,
            Map<String, String> facts) {
        public Manifest {
            tables = List.copyOf(tables == null ? List.of() : tables);
            files = Collections.unmodifiableMap(new LinkedHashMap<>(files == null ? Map.of() : files));
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts == null ? Map.of() : facts));
        }

        /** The rows a table holds. */
        public long rows(String table) {
            FileEntry entry = files.get(tableFile(table));
            return entry == null || entry.rows() == null ? 0 : entry.rows();
        }

        /** The rows of every table. */
        public long rows() {
            return tables.stream().mapToLong(this::rows).sum();
        }
    }

    /** One file of a backup: its SHA-256 in hex, and for a table its row count (else null). */
    public record FileEntry(String sha256, Long rows) {}

    /**
     * Why a backup cannot be checked or restored, on its way out of the reading code to the public
     * methods, which return it as a refusal: a conflict with what the database holds, or else a
     * backup that is not what it should be.
     */
    private static final class Refusal extends RuntimeException {
        private final boolean conflict;

        Refusal(String message) {
            this(message, false);
        }

        Refusal(String message, boolean conflict) {
            super(message, null, false, false);
            this.conflict = conflict;
        }

        <T> Outcome<T> outcome() {
            return conflict ? Outcome.conflict(getMessage()) : Outcome.invalid(null, getMessage());
        }
    }

    /**
     * Writes every table of {@code db} to {@code file}, readable by its owner only, and returns the
     * manifest; refused when the file exists. Call inside {@link Database#snapshot}, with whatever
     * else must agree with the tables read in the same snapshot. The file appears whole or not at
     * all, and never replaces one that exists.
     *
     * @param files further files to keep (name → bytes), such as the checkpoint key
     * @param progress told each table's name and row count as it is written
     * @throws UncheckedIOException when the file cannot be written
     */
    public static Outcome<Manifest> write(Database db, Path file, Map<String, byte[]> files, Map<String, String> facts,
            Consumer<String> progress) {
        if (Files.exists(file)) {
            return Outcome.conflict("exists; a backup never overwrites a file, so name a new one");
        }
        Path directory = file.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(directory, PARTIAL_PREFIX, PARTIAL_SUFFIX);
            ownerOnly(partial);
            Manifest manifest;
            try (OutputStream out = Files.newOutputStream(partial); var zip = new ZipOutputStream(out)) {
                Map<String, FileEntry> entries = new LinkedHashMap<>();
                Connection connection = db.handle().getConnection();
                List<String> tables = tablesOf(connection);
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry(tableFile(table)));
                    MessageDigest digest = sha256();
                    long rows = writeRows(connection, table, new DigestOutputStream(nonClosing(zip), digest));
                    zip.closeEntry();
                    entries.put(tableFile(table), new FileEntry(HexFormat.of().formatHex(digest.digest()), rows));
                    progress.accept(table + ": " + rows + (rows == 1 ? " row" : " rows"));
                }
                for (Map.Entry<String, byte[]> extra : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(extra.getKey()));
                    zip.write(extra.getValue());
                    zip.closeEntry();
                    entries.put(extra.getKey(), new FileEntry(HexFormat.of().formatHex(sha256().digest(extra.getValue())), null));
                }
                manifest = new Manifest(FORMAT, db.schemaVersion(), Instant.now().toString(), tables, entries, facts);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            return Outcome.done(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database for the backup: " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // The partial file is hidden and will be overwritten by nothing; leaving it is harmless.
                }
            }
        }
    }

    /** Whether {@code file} is a backup that was being written, and was left behind when its writer died. */
    public static boolean isPartial(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PARTIAL_PREFIX) && name.endsWith(PARTIAL_SUFFIX);
    }

    private static long writeRows(Connection connection, String table, OutputStream out) throws SQLException, IOException {
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(BATCH);
            try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY " + primaryKey(connection, table))) {
                ResultSetMetaData meta = result.getMetaData();
                JsonGenerator json = new JsonFactory().createGenerator(out);
                json.setRootValueSeparator(null);
                while (result.next()) {
                    json.writeStartObject();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        json.writeFieldName(meta.getColumnLabel(c).toLowerCase(Locale.ROOT));
                        writeValue(json, result, c, table + "." + meta.getColumnLabel(c), meta.getColumnType(c));
                    }
                    json.writeEndObject();
                    json.flush();
                    out.write('\n');
                    rows++;
                }
                json.flush();
            }
        }
        return rows;
    }

    /**
     * The table's primary key columns, in key order: rows read in that order come from the key's
     * index without a sort, and in the same order on every database.
     */
    private static String primaryKey(Connection connection, String table) throws SQLException {
        var meta = connection.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet columns = meta.getPrimaryKeys(null, connection.getSchema(), name)) {
            while (columns.next()) {
                key.put(columns.getShort("KEY_SEQ"), columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (key.isEmpty()) {
            throw new IllegalStateException("backups read tables in the order of their primary key, and " + table + " has none");
        }
        return String.join(", ", key.values());
    }

    private static void writeValue(JsonGenerator json, ResultSet result, int c, String column, int type) throws SQLException, IOException {
        switch (kindOf(type, column)) {
            case TEXT -> json.writeString(result.getString(c));
            // A number or boolean, or null: the generator writes these without a codec.
            case INTEGER, BOOLEAN -> json.writeObject(result.getObject(c));
            case TIMESTAMP -> json.writeString(Objects.toString(result.getObject(c, LocalDateTime.class), null));
            case DATE -> json.writeString(Objects.toString(result.getObject(c, LocalDate.class), null));
        }
    }

    /** The kinds of column the record uses; a column of any other type is a bug to be told loudly. */
    private enum Kind { TEXT, INTEGER, BOOLEAN, TIMESTAMP, DATE }

    private static Kind kindOf(int type, String column) {
        return switch (type) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR -> Kind.TEXT;
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            default -> throw new IllegalStateException("backups do not know the type (" + type + ") of column " + column);
        };
    }

    /**
     * Reads the backup at {@code file} and checks each of its files against the manifest, digest
     * and row count (and size, for the small ones), without touching any database; refused, naming
     * what is wrong, when it is not a backup, a file is damaged or added, or its format is newer.
     */
    public static Outcome<Manifest> check(Path file) {
        try {
            return Outcome.done(checked(file));
        } catch (Refusal refusal) {
            return refusal.outcome();
        }
    }

    private static Manifest checked(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Manifest manifest = manifest(zip, file);
            var names = new TreeSet<String>();
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!names.add(name)) {
                    throw new Refusal("holds " + name + " twice");
                }
                if (!name.equals(MANIFEST) && !manifest.files().containsKey(name)) {
                    throw new Refusal("holds " + name + ", which its manifest does not list");
                }
            }
            if (manifest.tables().isEmpty()) {
                throw new Refusal("its manifest lists no tables");
            }
            for (String table : manifest.tables()) {
                if (!manifest.files().containsKey(tableFile(table))) {
                    throw new Refusal("lacks the table " + table);
                }
            }
            for (Map.Entry<String, FileEntry> listed : manifest.files().entrySet()) {
                checkFile(zip, file, listed.getKey(), listed.getValue());
            }
            return manifest;
        } catch (ZipException e) {
            throw new Refusal("not a Parley backup (expected a zip file: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new Refusal("cannot read: " + e.getMessage());
        }
    }

    private static Manifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new Refusal("not a Parley backup (it holds no " + MANIFEST + ")");
        }
        byte[] bytes = readSmall(zip, entry, file);
        Manifest manifest;
        try {
            manifest = JSON.readValue(bytes, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new Refusal(MANIFEST + " is not a backup manifest: " + e.getOriginalMessage());
        }
        if (manifest.format() != FORMAT) {
            throw new Refusal("a backup of format " + manifest.format() + "; this Parley reads format " + FORMAT);
        }
        return manifest;
    }

    private static void checkFile(ZipFile zip, Path file, String name, FileEntry listed) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new Refusal("lacks " + name + ", which its manifest lists");
        }
        MessageDigest digest = sha256();
        long lines = 0;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int k = 0; k < n; k++) {
                    lines += buffer[k] == '\n' ? 1 : 0;
                }
            }
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(listed.sha256())) {
            throw new Refusal(name + " is damaged (its SHA-256 differs from the manifest's)");
        }
        if (listed.rows() == null && entry.getSize() > MAX_SMALL_FILE_BYTES) {
            throw new Refusal(name + " is larger than " + MAX_SMALL_FILE_BYTES + " bytes");
        }
        if (listed.rows() != null && listed.rows() != lines) {
            throw new Refusal(name + " holds " + lines + " rows where the manifest says " + listed.rows());
        }
    }

    /** The bytes of a further file of a checked backup ({@code keys/...}); empty when it holds none. */
    public static Optional<byte[]> file(Path file, Manifest manifest, String name) {
        if (!manifest.files().containsKey(name)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return Optional.of(readSmall(zip, zip.getEntry(name), file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " of " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readSmall(ZipFile zip, ZipEntry entry, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_SMALL_FILE_BYTES + 1);
            if (bytes.length > MAX_SMALL_FILE_BYTES) {
                throw new Refusal(entry.getName() + " is larger than " + MAX_SMALL_FILE_BYTES + " bytes");
            }
            return bytes;
        }
    }

    /**
     * Inserts every row of the backup at {@code file} (checked by {@link #check}) into {@code db},
     * in the transaction running on this thread, and returns how many; refused when the schema
     * versions differ, the database holds anything, or a row does not fit its table. Call inside
     * {@link Database#writeAll} and roll back on a refusal ({@link Outcome#orRollBack}), here or in
     * any later check, so that nothing of it stays.
     */
    public static Outcome<Long> restore(Database db, Path file, Manifest manifest, Consumer<String> progress) {
        try {
            return Outcome.done(restored(db, file, manifest, progress));
        } catch (Refusal refusal) {
            return refusal.outcome();
        }
    }

    private static long restored(Database db, Path file, Manifest manifest, Consumer<String> progress) {
        if (!manifest.schema().equals(db.schemaVersion())) {
            throw new Refusal("a backup of schema version " + manifest.schema() + "; this Parley's database is at version "
                    + db.schemaVersion() + ", so restore it with the Parley that made it");
        }
        Connection connection = db.handle().getConnection();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            List<String> tables = tablesOf(connection);
            if (!new TreeSet<>(tables).equals(new TreeSet<>(manifest.tables()))) {
                throw new Refusal("holds the tables " + manifest.tables() + " where the database at schema version "
                        + manifest.schema() + " has " + tables);
            }
            requireEmpty(connection, tables);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM ledger_head");
            }
            long total = 0;
            for (String table : manifest.tables()) {
                long rows = insertRows(connection, zip, table);
                restartIdentities(db, connection, table);
                progress.accept(table + ": " + rows + (rows == 1 ? " row" : " rows"));
                total += rows;
            }
            return total;
        } catch (IOException e) {
            throw new Refusal("cannot read: " + e.getMessage());
        } catch (SQLException e) {
            throw new Refusal("the database refused a row: " + e.getMessage());
        }
    }

    private static void requireEmpty(Connection connection, List<String> tables) throws SQLException {
        for (String table : tables) {
            String count = table.equals("ledger_head") ? "SELECT COALESCE(MAX(size), 0) FROM ledger_head" : "SELECT COUNT(*) FROM " + table;
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(count)) {
                result.next();
                if (result.getLong(1) > 0) {
                    throw new Refusal("a restore needs an empty database, and this one holds " + (table.equals("ledger_head")
                            ? "a ledger" : "rows in " + table) + "; name a new --data folder or an empty --db", true);
                }
            }
        }
    }

    private static long insertRows(Connection connection, ZipFile zip, String table) throws IOException, SQLException {
        Map<String, Integer> columns = columns(connection, table);
        String names = String.join(", ", columns.keySet());
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        String where = tableFile(table);
        long line = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
                InputStream in = zip.getInputStream(zip.getEntry(where));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String text = nextLine(reader, where, line + 1); text != null; text = nextLine(reader, where, line + 1)) {
                line++;
                ObjectNode row = row(text, where, line);
                var given = new TreeSet<String>();
                row.fieldNames().forEachRemaining(given::add);
                if (!given.equals(new TreeSet<>(columns.keySet()))) {
                    throw new Refusal(where + ":" + line + ": expected the columns " + columns.keySet() + " of " + table);
                }
                int c = 1;
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    bind(insert, c++, row.get(column.getKey()), column.getValue(), where + ":" + line + ": column " + column.getKey());
                }
                insert.addBatch();
                if (line % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return line;
    }

    /** The next line, refusing one longer than any row Parley writes. */
    private static String nextLine(BufferedReader reader, String where, long number) throws IOException {
        var line = new StringBuilder();
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            if (c == '\n') {
                return line.toString();
            }
            if (line.length() >= MAX_LINE_CHARS) {
                throw new Refusal(where + ":" + number + ": a row longer than " + MAX_LINE_CHARS + " characters");
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private static ObjectNode row(String text, String where, long line) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new Refusal(where + ":" + line + ": expected a JSON object: " + e.getOriginalMessage());
        }
        throw new Refusal(where + ":" + line + ": expected a JSON object");
    }

    private static void bind(PreparedStatement insert, int index, JsonNode value, int type, String where) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, type);
            return;
        }
        Kind kind = kindOf(type, where);
        boolean fits = switch (kind) {
            case TEXT, TIMESTAMP, DATE -> value.isTextual();
            case INTEGER -> value.canConvertToLong() && value.isIntegralNumber();
            case BOOLEAN -> value.isBoolean();
        };
        if (!fits) {
            throw new Refusal(where + ": expected " + kind.name().toLowerCase(Locale.ROOT) + ", found " + value);
        }
        try {
            switch (kind) {
                case TEXT -> insert.setString(index, value.textValue());
                case INTEGER -> insert.setLong(index, value.longValue());
                case BOOLEAN -> insert.setBoolean(index, value.booleanValue());
                case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(value.textValue()));
                case DATE -> insert.setObject(index, LocalDate.parse(value.textValue()));
            }
        } catch (DateTimeParseException e) {
            throw new Refusal(where + ": expected an ISO 8601 " + kind.name().toLowerCase(Locale.ROOT) + ", found " + value);
        }
    }

    /** Sets each identity column of {@code table} to go on after the largest value restored. */
    private static void restartIdentities(Database db, Connection connection, String table) throws SQLException {
        List<String> identities = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = result.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                if (meta.isAutoIncrement(c)) {
                    identities.add(meta.getColumnLabel(c).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String column : identities) {
            long max;
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
                result.next();
                max = result.getLong(1);
            }
            if (max == 0) {
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                if (db.isPostgres()) {
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + max + ")");
                } else {
                    statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (max + 1));
                }
            }
        }
    }

    /** The columns of a table in their order, lower-cased, with their JDBC types. */
    private static Map<String, Integer> columns(Connection connection, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = result.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), meta.getColumnType(c));
            }
        }
        return columns;
    }

    /** The tables of {@link #TABLES} that the database holds at its schema version, in that order. */
    private static List<String> tablesOf(Connection connection) throws SQLException {
        Set<String> present = tableNames(connection);
        return TABLES.stream().filter(present::contains).toList();
    }

    /** The names of the tables the database holds, lower-cased (for checking that {@link #TABLES} and {@link #LEFT_OUT} cover them). */
    public static Set<String> tablesIn(Database db) {
        return db.read(() -> {
            try {
                return tableNames(db.handle().getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Set<String> tableNames(Connection connection) throws SQLException {
        var names = new TreeSet<String>();
        try (ResultSet result = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (result.next()) {
                names.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    static String tableFile(String table) {
        return "tables/" + table + ".jsonl";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** The zip stream without its close, so a table's writer may close what it wraps. */
    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
