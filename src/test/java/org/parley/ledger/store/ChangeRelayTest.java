package org.parley.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.AS_NORTH;
import static org.parley.fixtures.Fixtures.AS_SOUTH;
import static org.parley.fixtures.Fixtures.CLERK;
import static org.parley.fixtures.Fixtures.MEDIATOR;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.aDraft;
import static org.parley.fixtures.Fixtures.aPosition;
import static org.parley.fixtures.Fixtures.seatParties;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.access.Audience;
import org.parley.ledger.ChangeFeed.Committed;
import org.parley.platform.db.Database;
import org.parley.platform.db.TestDatabases;
import org.parley.position.Stance;

/** Two Parley processes on one PostgreSQL database, each hearing the other's changes through LISTEN/NOTIFY. */
class ChangeRelayTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void changesCommittedByOneProcess_reachTheOthersFeedOnceWithTheirAudience() throws Exception {
        Database first = TestDatabases.postgres();
        try (Workbench writer = new Workbench(first);
                Workbench reader = new Workbench(Database.open(first.url(), null, null));
                Workbench elsewhere = new Workbench(TestDatabases.postgres())) {
            List<Committed> heardByReader = listen(reader);
            List<Committed> heardByWriter = listen(writer);
            List<Committed> heardElsewhere = listen(elsewhere);
            seatParties(writer);
            writer.drafts().add(aDraft("d1", Audience.PUBLIC, "Flows are shared."), CLERK).orElseThrow();
            writer.positions().record(aPosition(NORTH, "d1", "1", Stance.BLOCK, Audience.of(NORTH, MEDIATOR)), CLERK).orElseThrow();
            long last = writer.ledger().size();

            waitFor(() -> heardByReader.stream().anyMatch(c -> c.seq() == last));
            waitFor(() -> writer.events().feed().latest() == last);

            Committed confidential = heardByReader.stream().filter(c -> c.seq() == last).findFirst().orElseThrow();
            assertThat(confidential.change().kind()).isEqualTo("position.recorded");
            assertThat(confidential.change().isVisibleTo(AS_NORTH)).isTrue();
            assertThat(confidential.change().isVisibleTo(AS_SOUTH)).as("the relay keeps the audience the live stream filters on").isFalse();
            assertThat(heardByReader).extracting(Committed::seq).doesNotHaveDuplicates().contains(1L, last);
            Thread.sleep(1_000);
            assertThat(heardByWriter).as("the writer hears its own changes once, though its relay hears them too")
                    .extracting(Committed::seq).doesNotHaveDuplicates().hasSize((int) last);
            assertThat(heardElsewhere).as("a process on another schema hears nothing").isEmpty();
        }
    }

    private static List<Committed> listen(Workbench workbench) {
        List<Committed> heard = new CopyOnWriteArrayList<>();
        workbench.events().feed().subscribe(heard::add);
        workbench.relayChangesOfOtherProcesses();
        return heard;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not heard within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }
}
