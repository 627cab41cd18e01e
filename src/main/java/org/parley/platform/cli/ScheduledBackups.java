package org.parley.platform.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.parley.Workbench;
import org.parley.negotiation.Outcome;
import org.parley.platform.db.Backups;

/**
 * The backups a server takes of its own record into a folder: one when it starts, then one every
 * so often, named {@code parley-backup-<UTC time>.zip}, the newest few kept. This is how an H2
 * record is backed up while it is served, since no other process may open its folder. A backup
 * that fails is said on standard error and tried again next time; it never stops the server.
 */
final class ScheduledBackups implements AutoCloseable {
    static final String PREFIX = "parley-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Workbench workbench;
    private final Path data;
    private final Path folder;
    private final int keep;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-backups");
        thread.setDaemon(true);
        return thread;
    });

    private ScheduledBackups(Workbench workbench, Path data, Path folder, int keep, Clock clock, PrintStream out, PrintStream err) {
        this.workbench = workbench;
        this.data = data;
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts taking a backup of {@code workbench} (its checkpoint key kept in {@code data}) into
     * {@code folder} now and every {@code every}, keeping the newest {@code keep}.
     */
    static ScheduledBackups start(Workbench workbench, Path data, Path folder, Duration every, int keep, Clock clock,
            PrintStream out, PrintStream err) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep backups in " + folder + ": " + e.getMessage(), e);
        }
        var backups = new ScheduledBackups(workbench, data, folder, keep, clock, out, err);
        backups.timer.scheduleWithFixedDelay(backups::takeNow, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return backups;
    }

    /** Takes one backup and drops the oldest beyond those kept; the file, or empty when it failed. */
    Optional<Path> takeNow() {
        Path file = folder.resolve(PREFIX + STAMP.format(clock.instant()) + ".zip");
        try {
            Outcome<Backups.Manifest> written = RecordBackup.write(workbench, data, file, table -> { },
                    warning -> err.println("parley: backup: " + warning));
            if (!(written instanceof Outcome.Done<Backups.Manifest> done)) {
                err.println("parley: backup to " + file + " failed, to be tried again: " + Failure.reason(written));
                return Optional.empty();
            }
            out.println("Backed up " + RecordBackup.summary(done.value(), file));
            prune();
            return Optional.of(file);
        } catch (RuntimeException e) {
            err.println("parley: backup to " + file + " failed, to be tried again: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The backups in the folder, oldest first (their names sort by time). */
    List<Path> kept() {
        return backupsAmong(files());
    }

    private static List<Path> backupsAmong(List<Path> files) {
        return files.stream().filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(".zip"))
                .sorted().toList();
    }

    /** Removes the oldest backups beyond those kept, and any half-written one a killed process left (only this thread writes here). */
    private void prune() {
        List<Path> files = files();
        List<Path> backups = backupsAmong(files);
        List<Path> gone = new ArrayList<>(backups.subList(0, Math.max(0, backups.size() - keep)));
        files.stream().filter(Backups::isPartial).forEach(gone::add);
        for (Path old : gone) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                err.println("parley: cannot remove the old backup " + old + ": " + e.getMessage());
            }
        }
    }

    private List<Path> files() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder, e);
        }
    }

    /** Stops taking backups, letting one under way finish. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(1, TimeUnit.MINUTES)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
