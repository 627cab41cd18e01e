package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.Main;
import picocli.CommandLine;

/** Runs {@code parley} in this process, as a user would on the command line, capturing what it prints. */
final class Cli {
    private Cli() {}

    /** What one command printed, and its exit code. */
    record Run(int code, String out, String err) {}

    static Run parley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A demo bundle ({@code ukraine-2025}, {@code river-treaty}) copied into {@code dir}. */
    static Path demoBundle(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".json");
        try (InputStream in = Main.class.getResourceAsStream("/demo/" + name + ".json")) {
            Files.copy(in, file);
        }
        return file;
    }
}
