package org.parley.platform.cli;

import java.nio.file.Path;
import org.parley.Workbench;
import org.parley.ledger.CheckpointSigner;
import org.parley.platform.db.Database;
import picocli.CommandLine.Option;

/** Where a command finds the record: {@code --db URL} (or PARLEY_DB_URL) for PostgreSQL, else the H2 files in {@code --data}. */
public final class StorageOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "parley-data",
            description = "folder of the embedded H2 database (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:PARLEY_DB_URL}",
            description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://host/db?user=u; default: $PARLEY_DB_URL")
    String jdbcUrl;

    public Workbench open() {
        return Workbench.open(jdbcUrl, data);
    }

    /** The workbench on the named database, signing checkpoints with {@code signer} rather than the key kept in --data. */
    public Workbench open(CheckpointSigner signer) {
        return new Workbench(Database.fromUrlOrDirectory(jdbcUrl, data), signer);
    }

    /** Whether the user named a data folder or database, rather than taking the default. */
    public boolean given() {
        return jdbcUrl != null && !jdbcUrl.isBlank() || !Path.of("parley-data").equals(data);
    }

    public Path data() {
        return data;
    }
}
