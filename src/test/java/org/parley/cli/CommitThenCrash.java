package org.parley.cli;

import java.nio.file.Path;
import org.parley.platform.db.Database;

/**
 * A second process for tests: commits one row to the H2 database in {@code args[0]}, says
 * "committed", and dies at once, as a killed server would, closing nothing.
 */
public final class CommitThenCrash {
    private CommitThenCrash() {}

    public static void main(String[] args) {
        Database db = Database.h2(Path.of(args[0]));
        db.write(() -> db.handle().execute("INSERT INTO login_failure (subject, failures, last_failure) VALUES (?, 1, CURRENT_TIMESTAMP)",
                args[1]));
        System.out.println("committed");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
