package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.parley.platform.db.Database;

/** A second process for tests: opens the H2 database in {@code args[0]}, says "held", and keeps it until its input closes. */
public final class HoldDatabase {
    private HoldDatabase() {}

    public static void main(String[] args) throws IOException {
        try (Database db = Database.h2(Path.of(args[0]))) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
