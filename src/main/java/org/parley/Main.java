package org.parley;

import org.parley.access.cli.UserCommand;
import org.parley.compare.cli.CompareCommand;
import org.parley.compare.cli.EvalCompareCommand;
import org.parley.draft.cli.TrajectoryCommand;
import org.parley.interchange.cli.ExportCommand;
import org.parley.interchange.cli.ImportCommand;
import org.parley.ledger.cli.VerifyCommand;
import org.parley.platform.cli.BackupCommand;
import org.parley.platform.cli.DemoCommand;
import org.parley.platform.cli.Failure;
import org.parley.platform.cli.RestoreCommand;
import org.parley.platform.cli.ServeCommand;
import org.parley.platform.db.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code parley} command line. */
@Command(name = "parley", mixinStandardHelpOptions = true,
        description = "A workbench for negotiating an agreement among several parties, point by point.",
        subcommands = {ServeCommand.class, DemoCommand.class, ImportCommand.class, ExportCommand.class, CompareCommand.class,
                EvalCompareCommand.class, TrajectoryCommand.class, VerifyCommand.class, BackupCommand.class, RestoreCommand.class, UserCommand.class,
                HelpCommand.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:bad input (the message names the file and line)", "2:usage error"})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line, which answers a database it cannot open with one line naming the reason
     * and the bad-input exit code, rather than a stack trace.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof Database.Unavailable) {
                command.getErr().println("parley: " + e.getMessage());
                return Failure.BAD_INPUT;
            }
            throw e;
        });
        return cli;
    }
}
