package org.parley.platform.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.Workbench;
import org.parley.platform.web.ClientAddress;
import org.parley.platform.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley serve}: runs the workbench on the configured database until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Runs the Parley server (web pages and /api) until stopped.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StorageOptions storage;

    @Mixin
    ServerOptions server;

    @Option(names = "--backup-dir", paramLabel = "DIR",
            description = "take a backup (as 'parley backup' writes) into DIR on start and every --backup-every; off unless given")
    Path backupDir;

    @Option(names = "--backup-every", paramLabel = "DURATION", defaultValue = "6h", converter = DurationConverter.class,
            description = "how often to back up, such as 30m, 6h or 1d (default: ${DEFAULT-VALUE})")
    Duration backupEvery;

    @Option(names = "--backup-keep", paramLabel = "N", defaultValue = "28",
            description = "how many backups to keep in --backup-dir, the oldest removed first (default: ${DEFAULT-VALUE})")
    int backupKeep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ClientAddress clients = server.clients();
        if (backupKeep < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--backup-keep: keep at least 1 backup");
        }
        if (backupDir != null) {
            try {
                Files.createDirectories(backupDir);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--backup-dir: cannot create " + backupDir + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        try (Workbench workbench = storage.open(); WebServer web = workbench.serve(server.host, server.port, clients);
                ScheduledBackups backups = backupDir == null ? null
                        : ScheduledBackups.start(workbench, storage.data(), backupDir, backupEvery, backupKeep, Clock.systemUTC(),
                                System.out, System.err)) {
            printFirstAdministrator(workbench);
            System.out.println("Parley is serving http://" + server.host + ":" + web.port() + "/ — stop with Ctrl-C");
            waitForShutdown();
        }
        return 0;
    }

    /** Reads a duration as a number and a unit (s, m, h, d), or in ISO 8601 (PT6H); it must be positive. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})([smhd])");

        @Override
        public Duration convert(String text) {
            Matcher m = AMOUNT.matcher(text.strip());
            Duration duration;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                duration = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                try {
                    duration = Duration.parse(text.strip());
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("expected a duration such as 30m, 6h or 1d, not " + text);
                }
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new CommandLine.TypeConversionException("expected a positive duration, not " + text);
            }
            return duration;
        }
    }

    /** On the first start of an empty instance, creates the administrator and shows its password once. */
    static void printFirstAdministrator(Workbench workbench) {
        workbench.accounts().bootstrapAdministrator().ifPresent(admin -> System.out.println("First run: administrator "
                + admin.name() + ", password " + admin.password() + " (shown once; it sees public records only)"));
    }

    /** Blocks until the JVM is asked to stop, so the try-with-resources above closes server and database cleanly. */
    static void waitForShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                main.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        stop.await();
    }

    /** Where the server listens. */
    public static final class ServerOptions {
        @Option(names = "--port", defaultValue = "7070", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
        String host;

        @Option(names = "--trusted-proxy", split = ",", paramLabel = "ADDRESS[/BITS]", defaultValue = "${env:PARLEY_TRUSTED_PROXIES}",
                description = "reverse proxies whose X-Forwarded-For names the client, so that login throttling counts each client "
                        + "apart; addresses or CIDR blocks, comma-separated (default: $PARLEY_TRUSTED_PROXIES, else none)")
        List<String> trustedProxies = new ArrayList<>();

        @Spec(Spec.Target.MIXEE)
        CommandSpec mixee;

        /** Whom requests come from, behind the trusted proxies; a bad entry is a usage error naming it. */
        ClientAddress clients() {
            try {
                return ClientAddress.trusting(trustedProxies == null ? List.of() : trustedProxies);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--trusted-proxy: " + e.getMessage());
            }
        }
    }
}
