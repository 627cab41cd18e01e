package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.AS_NORTH;
import static org.parley.fixtures.Fixtures.AS_SOUTH;
import static org.parley.fixtures.Fixtures.CLERK;
import static org.parley.fixtures.Fixtures.MEDIATOR;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.RIVER;
import static org.parley.fixtures.Fixtures.aDraft;
import static org.parley.fixtures.Fixtures.aPosition;
import static org.parley.fixtures.Fixtures.seatParties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.negotiation.Outcome;
import org.parley.platform.db.TestDatabases;
import org.parley.position.Stance;

/** Checkpoints, proofs and events as a party asks for them, on a real database. */
class LedgerServiceTest {
    private Workbench w;
    private long confidential;

    @BeforeEach
    void negotiationWithOneConfidentialPosition() {
        w = new Workbench(TestDatabases.h2());
        seatParties(w);
        w.drafts().add(aDraft("d1", Audience.PUBLIC, "Flows are shared."), CLERK).orElseThrow();
        w.positions().record(aPosition(NORTH, "d1", "1", Stance.BLOCK, Audience.of(NORTH, MEDIATOR)), CLERK).orElseThrow();
        confidential = w.ledger().size();
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void checkpoint_isSignedAndCoversTheWholeLog() {
        Checkpoint checkpoint = w.ledger().checkpoint();

        assertThat(checkpoint.treeSize()).isEqualTo(confidential);
        assertThat(checkpoint.verify(w.ledger().signer().publicKey()).isAccepted()).isTrue();
    }

    @Test
    void inclusion_provesAnEventAgainstTheCheckpointRoot() {
        Checkpoint checkpoint = w.ledger().checkpoint();
        LedgerEntry entry = w.ledger().entry(confidential, AS_NORTH).orElseThrow();

        InclusionProof proof = w.ledger().inclusion(confidential, 0).orElseThrow();

        assertThat(proof.verify(entry.event().leafHash(), checkpoint.rootHash()).isAccepted()).isTrue();
    }

    @Test
    void consistency_provesTheLogOnlyGrewSinceAnEarlierCheckpoint() {
        Checkpoint before = w.ledger().checkpoint();
        w.positions().record(aPosition(NORTH, "d1", "1", Stance.ACCEPT, Audience.PUBLIC), CLERK).orElseThrow();
        Checkpoint after = w.ledger().checkpoint();

        ConsistencyProof proof = w.ledger().consistency(before.treeSize(), after.treeSize()).orElseThrow();

        assertThat(proof.verify(before.rootHash(), after.rootHash()).isAccepted()).isTrue();
    }

    @Test
    void seatingAnAccount_isLedgeredForThePartyItNowActsForAlone() {
        w.accounts().add("north-delegate", java.util.Optional.empty(), false).orElseThrow();

        w.accounts().seat("north-delegate", RIVER, NORTH, "clerk").orElseThrow();

        long seat = w.ledger().size();
        assertThat(seat).isEqualTo(confidential + 1);
        LedgerEntry entry = w.ledger().entry(seat, AS_NORTH).orElseThrow();
        assertThat(entry.event().kind()).isEqualTo("seat.granted");
        assertThat(entry.event().actor()).isEqualTo("clerk");
        assertThat(entry.event().payload()).contains("north-delegate");
        assertThat(w.ledger().entry(seat, AS_SOUTH)).isEmpty();
        assertThat(w.ledger().entry(seat, Viewer.PUBLIC)).isEmpty();
    }

    @Test
    void entry_ofAConfidentialChangeIsHiddenFromOtherParties() {
        assertThat(w.ledger().entry(confidential, AS_NORTH)).isPresent();
        assertThat(w.ledger().entry(confidential, AS_SOUTH)).isEmpty();
        assertThat(w.ledger().entry(confidential, Viewer.PUBLIC)).isEmpty();
        assertThat(w.ledger().entry(1, Viewer.PUBLIC)).as("the negotiation is private").isEmpty();
        assertThat(w.ledger().entry(1, AS_SOUTH)).as("its creation is for every member").isPresent();
    }

    @Test
    void proofs_refuseSizesBeyondTheLog() {
        assertThat(w.ledger().inclusion(confidential + 1, 0)).isInstanceOf(Outcome.Invalid.class);
        assertThat(w.ledger().consistency(1, confidential + 5)).isInstanceOf(Outcome.Invalid.class);
        assertThat(w.ledger().consistency(0, 0)).isInstanceOf(Outcome.Invalid.class);
    }
}
