package org.parley.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.platform.db.Backups;
import picocli.CommandLine;

/** The server's own backups: one on start, one each time after, the newest kept, and a failure said and got over. */
class ScheduledBackupsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void backups_startWithOneAndKeepTheNewest_eachARestorableRecord() throws Exception {
        Path data = dir.resolve("data");
        Path folder = dir.resolve("backups");
        try (Workbench workbench = Workbench.open(null, data)) {
            workbench.bundles().importBundle(DemoCommand.load("/demo/river-treaty.json"), new Viewer("test", Map.of(), false));
            try (ScheduledBackups backups = start(workbench, data, folder, new Ticking())) {
                awaitKept(backups, 1);
                Path first = backups.kept().get(0);
                Path halfWritten = Files.writeString(folder.resolve(".parley-backup123.partial"), "killed while writing");

                assertThat(backups.takeNow()).isPresent();
                assertThat(backups.takeNow()).isPresent();

                assertThat(backups.kept()).hasSize(2).doesNotContain(first);
                assertThat(halfWritten).as("left by a killed process").doesNotExist();
                for (Path kept : backups.kept()) {
                    Backups.Manifest manifest = Backups.check(kept).orElseThrow();
                    assertThat(manifest.rows("position")).isEqualTo(193);
                    assertThat(manifest.facts()).containsKeys(RecordBackup.LEDGER_SIZE, RecordBackup.LEDGER_ROOT);
                }
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backed up ", "ledger of ");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aBackupThatFails_isSaidAndTheNextOneIsTaken() throws Exception {
        Path data = dir.resolve("data");
        Path folder = dir.resolve("backups");
        var clock = new Ticking();
        try (Workbench workbench = Workbench.open(null, data); ScheduledBackups backups = start(workbench, data, folder, clock)) {
            awaitKept(backups, 1);
            // The next backup's name is taken by a file that is not a backup.
            Path blocked = folder.resolve(ScheduledBackups.PREFIX + "20260101T000002000Z.zip");
            Files.writeString(blocked, "not mine");
            clock.at(Instant.parse("2026-01-01T00:00:02Z"));

            assertThat(backups.takeNow()).isEmpty();
            assertThat(backups.takeNow()).isPresent();

            assertThat(err.toString(StandardCharsets.UTF_8)).contains("backup to " + blocked + " failed, to be tried again", "exists");
            assertThat(Files.readString(blocked)).isEqualTo("not mine");
        }
    }

    @Test
    void serve_refusesDurationsAndCountsThatMakeNoSense() {
        var converter = new ServeCommand.DurationConverter();

        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(converter.convert("PT15M")).isEqualTo(Duration.ofMinutes(15));
        for (String bad : new String[] {"0h", "soon", "-PT1H"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> converter.convert(bad))
                    .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageContaining(bad);
        }
    }

    private ScheduledBackups start(Workbench workbench, Path data, Path folder, Clock clock) {
        return ScheduledBackups.start(workbench, data, folder, Duration.ofHours(1), 2, clock, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static void awaitKept(ScheduledBackups backups, int count) throws InterruptedException {
        for (int wait = 0; wait < 300 && backups.kept().size() < count; wait++) {
            Thread.sleep(100);
        }
        assertThat(backups.kept()).as("the backup taken on start").hasSize(count);
    }

    /** A clock at 2026-01-01T00:00:00Z that moves a second on each reading, unless set. */
    private static final class Ticking extends Clock {
        private final AtomicLong seconds = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());

        void at(Instant instant) {
            seconds.set(instant.getEpochSecond());
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndIncrement());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
