package org.parley;

import org.parley.access.cli.UserCommand;
import org.parley.compare.cli.CompareCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code parley} command line. */
@Command(name = "parley", mixinStandardHelpOptions = true,
        description = "A workbench for negotiating an agreement among several parties, point by point.",
        subcommands = {CompareCommand.class, UserCommand.class, HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
