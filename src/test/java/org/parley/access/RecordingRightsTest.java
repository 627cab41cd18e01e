package org.parley.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.AS_NORTH;
import static org.parley.fixtures.Fixtures.CLERK;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.SOUTH;
import static org.parley.fixtures.Fixtures.aDraft;
import static org.parley.fixtures.Fixtures.aPosition;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.fixtures.Fixtures;
import org.parley.negotiation.Outcome;
import org.parley.platform.db.TestDatabases;
import org.parley.position.Stance;

class RecordingRightsTest {
    private static Workbench withDraft() {
        Workbench w = new Workbench(TestDatabases.h2());
        Fixtures.seatParties(w);
        w.drafts().add(aDraft("d1", Audience.PUBLIC, "Flows are shared."), CLERK).orElseThrow();
        return w;
    }

    @Test
    void record_aPositionForThePartyTheViewerActsFor() {
        try (Workbench w = withDraft()) {
            assertThat(w.positions().record(aPosition(NORTH, "d1", "1", Stance.SUPPORT, Audience.PUBLIC), AS_NORTH))
                    .isInstanceOf(Outcome.Done.class);
        }
    }

    @Test
    void record_refusesAPositionInTheNameOfAnotherParty() {
        try (Workbench w = withDraft()) {
            Outcome<?> outcome = w.positions().record(aPosition(SOUTH, "d1", "1", Stance.OPPOSE, Audience.PUBLIC), AS_NORTH);

            assertThat(outcome).isInstanceOf(Outcome.Forbidden.class);
            assertThat(w.positions().all(Fixtures.RIVER, CLERK)).isEmpty();
        }
    }

    @Test
    void record_refusesThePublicAndAnAdministrator() {
        try (Workbench w = withDraft()) {
            assertThat(w.positions().record(aPosition(NORTH, "d1", "1", Stance.SUPPORT, Audience.PUBLIC), Viewer.PUBLIC))
                    .isInstanceOf(Outcome.Forbidden.class);
            assertThat(w.positions().record(aPosition(NORTH, "d1", "1", Stance.SUPPORT, Audience.PUBLIC),
                    new Viewer("admin", Map.of(), true))).isInstanceOf(Outcome.Forbidden.class);
        }
    }
}
