package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ledger.LedgerFixtures.NOW;
import static org.parley.ledger.LedgerFixtures.aStoreWith;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class LedgerVerifierTest {

    private final CheckpointSigner signer = CheckpointSigner.generate();

    @Test
    void verify_reportsAnUntouchedLogIntactWithItsRoot() {
        InMemoryLedgerStore store = aStoreWith(10);

        LedgerReport report = LedgerVerifier.verify(store);

        assertThat(report).isEqualTo(new LedgerReport.Intact(10, LedgerFixtures.aLedger(store).tree().rootHash()));
    }

    @Test
    void verify_reportsAnEmptyLogIntact() {
        assertThat(LedgerVerifier.verify(new InMemoryLedgerStore()))
                .isEqualTo(new LedgerReport.Intact(0, MerkleHash.EMPTY_TREE));
    }

    @Test
    void verify_readsALogLongerThanOnePage() {
        InMemoryLedgerStore store = aStoreWith(LedgerVerifier.PAGE_SIZE * 2 + 3);

        assertThat(LedgerVerifier.verify(store)).isInstanceOf(LedgerReport.Intact.class);
    }

    @Test
    void verify_findsAnEditedPayload() {
        InMemoryLedgerStore store = aStoreWith(10);
        LedgerEntry row = store.rows().get(4);
        LedgerEvent event = row.event();
        store.rows().set(4, new LedgerEntry(new LedgerEvent(event.sequence(), event.negotiationId(), event.kind(),
                event.subjectId(), event.audience(), event.actor(), event.timestamp(),
                "{\"point\":\"4\",\"stance\":\"block\"}", event.salt()), row.leafHash()));

        assertThat(firstBadEntry(LedgerVerifier.verify(store))).isEqualTo(5);
    }

    @Test
    void verify_findsAnEditedLeafHash() {
        InMemoryLedgerStore store = aStoreWith(10);
        store.rows().set(6, new LedgerEntry(store.rows().get(6).event(), MerkleHash.ofLeaf(new byte[] {1})));

        LedgerReport report = LedgerVerifier.verify(store);

        assertThat(firstBadEntry(report)).isEqualTo(7);
        assertThat(((LedgerReport.BadEntry) report).problem()).contains("stored leaf hash");
    }

    @Test
    void verify_findsADeletedEntry() {
        InMemoryLedgerStore store = aStoreWith(10);
        store.rows().remove(3);

        LedgerReport report = LedgerVerifier.verify(store);

        assertThat(firstBadEntry(report)).isEqualTo(4);
        assertThat(((LedgerReport.BadEntry) report).problem()).contains("found entry 5");
    }

    @Test
    void verify_findsTwoSwappedEntries() {
        InMemoryLedgerStore store = aStoreWith(10);
        Collections.swap(store.rows(), 5, 7);

        assertThat(firstBadEntry(LedgerVerifier.verify(store))).isEqualTo(6);
    }

    @Test
    void verify_findsTwoEventsWhoseSequencesWereSwapped() {
        InMemoryLedgerStore store = aStoreWith(10);
        LedgerEntry fifth = store.rows().get(5);
        LedgerEntry seventh = store.rows().get(7);
        store.rows().set(5, new LedgerEntry(renumbered(seventh.event(), fifth.sequence()), seventh.leafHash()));
        store.rows().set(7, new LedgerEntry(renumbered(fifth.event(), seventh.sequence()), fifth.leafHash()));

        assertThat(firstBadEntry(LedgerVerifier.verify(store))).isEqualTo(6);
    }

    @Test
    void verify_findsTheFirstOfSeveralBadEntries() {
        InMemoryLedgerStore store = aStoreWith(10);
        store.rows().set(8, new LedgerEntry(store.rows().get(8).event(), MerkleHash.ofLeaf(new byte[] {8})));
        store.rows().set(2, new LedgerEntry(store.rows().get(2).event(), MerkleHash.ofLeaf(new byte[] {2})));

        assertThat(firstBadEntry(LedgerVerifier.verify(store))).isEqualTo(3);
    }

    @Test
    void verify_findsATruncationAgainstASavedCheckpoint() {
        InMemoryLedgerStore store = aStoreWith(10);
        Checkpoint saved = LedgerFixtures.aLedger(store).checkpoint(signer);
        store.rows().subList(7, 10).clear();

        LedgerReport report = LedgerVerifier.verify(store, saved, signer.publicKey());

        assertThat(firstBadEntry(report)).isEqualTo(8);
        assertThat(((LedgerReport.BadEntry) report).problem()).contains("covers 10 entries");
    }

    @Test
    void verify_acceptsACheckpointOfAnEarlierPrefix() {
        InMemoryLedgerStore store = aStoreWith(6);
        Checkpoint saved = LedgerFixtures.aLedger(store).checkpoint(signer);
        Ledger ledger = LedgerFixtures.aLedger(store);
        ledger.record("neg-1", "draft.amended", "draft-d", "party:ru,party:us", "bob", "{\"points\":27}");

        LedgerReport report = LedgerVerifier.verify(store, saved, signer.publicKey());

        assertThat(report).isEqualTo(new LedgerReport.Intact(7, ledger.tree().rootHash()));
    }

    @Test
    void verify_acceptsACheckpointOfTheEmptyLog() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Checkpoint empty = LedgerFixtures.aLedger(store).checkpoint(signer);
        LedgerFixtures.aLedger(store).record("neg-1", "negotiation.created", "neg-1", "public", "alice", "{}");

        assertThat(LedgerVerifier.verify(store, empty, signer.publicKey())).isInstanceOf(LedgerReport.Intact.class);
    }

    @Test
    void verify_findsARewrittenPrefixThatStillHashesConsistently() {
        InMemoryLedgerStore store = aStoreWith(8);
        Checkpoint saved = LedgerFixtures.aLedger(store).checkpoint(signer);
        LedgerEvent event = store.rows().get(2).event();
        LedgerEvent forged = new LedgerEvent(event.sequence(), event.negotiationId(), event.kind(), event.subjectId(),
                event.audience(), event.actor(), event.timestamp(), "{\"point\":\"2\",\"stance\":\"endorse\"}", event.salt());
        store.rows().set(2, LedgerEntry.of(forged));

        LedgerReport report = LedgerVerifier.verify(store, saved, signer.publicKey());

        assertThat(report).isInstanceOf(LedgerReport.NotAnExtension.class);
        assertThat(((LedgerReport.NotAnExtension) report).checkpointSize()).isEqualTo(8);
    }

    @Test
    void verify_refusesACheckpointSignedByAnotherKey() {
        InMemoryLedgerStore store = aStoreWith(3);
        Checkpoint saved = LedgerFixtures.aLedger(store).checkpoint(CheckpointSigner.generate());

        assertThat(LedgerVerifier.verify(store, saved, signer.publicKey()))
                .isInstanceOf(LedgerReport.CheckpointRefused.class);
    }

    @Test
    void verify_refusesACheckpointWhoseSizeWasAltered() {
        InMemoryLedgerStore store = aStoreWith(5);
        Checkpoint saved = LedgerFixtures.aLedger(store).checkpoint(signer);
        Checkpoint altered = new Checkpoint(3, saved.rootHash(), saved.timestamp(), saved.signature(), saved.keyId());

        assertThat(LedgerVerifier.verify(store, altered, signer.publicKey()))
                .isInstanceOf(LedgerReport.CheckpointRefused.class);
    }

    @Test
    void verify_checksAListOfEntriesLikeAStore() {
        InMemoryLedgerStore store = aStoreWith(5);
        Checkpoint saved = signer.sign(5, LedgerFixtures.aLedger(store).tree().rootHash(), NOW);

        assertThat(LedgerVerifier.verify(store.rows(), saved, signer.publicKey()))
                .isEqualTo(LedgerVerifier.verify(store));
    }

    private static long firstBadEntry(LedgerReport report) {
        assertThat(report).isInstanceOf(LedgerReport.BadEntry.class);
        return ((LedgerReport.BadEntry) report).sequence();
    }

    private static LedgerEvent renumbered(LedgerEvent event, long sequence) {
        return new LedgerEvent(sequence, event.negotiationId(), event.kind(), event.subjectId(), event.audience(),
                event.actor(), event.timestamp(), event.payload(), event.salt());
    }
}
