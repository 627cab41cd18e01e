package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.AS_NORTH;
import static org.parley.fixtures.Fixtures.CLERK;
import static org.parley.fixtures.Fixtures.MEDIATOR;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.RIVER;
import static org.parley.fixtures.Fixtures.SOUTH;
import static org.parley.fixtures.Fixtures.aDraft;
import static org.parley.fixtures.Fixtures.aPosition;
import static org.parley.fixtures.Fixtures.seatParties;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.access.Audience;
import org.parley.platform.db.TestDatabases;
import org.parley.position.Stance;

/** The feed tells listeners of changes once committed, and each change says who may learn of it. */
class ChangeFeedTest {

    @Test
    void feed_announcesEachCommittedChangeUntilTheSubscriptionCloses() {
        try (Workbench w = new Workbench(TestDatabases.h2())) {
            List<ChangeFeed.Committed> heard = new CopyOnWriteArrayList<>();
            try (var subscription = w.events().feed().subscribe(heard::add)) {
                seatParties(w);
            }
            w.drafts().add(aDraft("1", Audience.PUBLIC, "Heard by nobody"), CLERK).orElseThrow();

            assertThat(heard).extracting(c -> c.change().kind()).startsWith("negotiation.created", "party.added").hasSize(7);
            assertThat(heard).extracting(ChangeFeed.Committed::seq).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void feed_staysSilentWhenAUseCaseIsRefused() {
        try (Workbench w = new Workbench(TestDatabases.h2())) {
            seatParties(w);
            List<ChangeFeed.Committed> heard = new CopyOnWriteArrayList<>();
            w.events().feed().subscribe(heard::add);

            w.drafts().add(aDraft("1", Audience.PUBLIC, "A point"), CLERK).orElseThrow();
            w.drafts().add(aDraft("1", Audience.PUBLIC, "The same id again"), CLERK);

            assertThat(heard).extracting(c -> c.change().kind()).containsExactly("draft.added");
        }
    }

    @Test
    void feed_keepsTellingOthersWhenAListenerFails() {
        try (Workbench w = new Workbench(TestDatabases.h2())) {
            List<ChangeFeed.Committed> heard = new CopyOnWriteArrayList<>();
            w.events().feed().subscribe(c -> {
                throw new IllegalStateException("a broken listener");
            });
            w.events().feed().subscribe(heard::add);

            seatParties(w);

            assertThat(heard).hasSize(7);
        }
    }

    @Test
    void isVisibleTo_followsTheAudienceAndLetsMembersChangesThrough() {
        Change secret = Change.of(RIVER, "position.recorded", "p1", Audience.of(SOUTH, MEDIATOR), "clerk",
                aPosition(SOUTH, "1", "1", Stance.ACCEPT, Audience.of(SOUTH, MEDIATOR)));
        Change forMembers = Change.forMembers(RIVER, "party.added", NORTH, "clerk", "north");

        assertThat(secret.isVisibleTo(AS_NORTH)).isFalse();
        assertThat(secret.isVisibleTo(CLERK)).isTrue();
        assertThat(forMembers.isVisibleTo(AS_NORTH)).isTrue();
    }

    @Test
    void since_givesWhatCameAfterASequenceNumberWhileItIsRemembered() {
        ChangeFeed feed = new ChangeFeed();
        for (long seq = 1; seq <= ChangeFeed.REMEMBERED + 2; seq++) {
            feed.publish(new ChangeFeed.Committed(seq, Change.forMembers(RIVER, "topic.added", "t" + seq, "clerk", "t")));
        }

        assertThat(feed.latest()).isEqualTo(ChangeFeed.REMEMBERED + 2);
        assertThat(feed.since(ChangeFeed.REMEMBERED)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(ChangeFeed.Committed::seq).containsExactly(ChangeFeed.REMEMBERED + 1L, ChangeFeed.REMEMBERED + 2L));
        assertThat(feed.since(feed.latest())).hasValue(List.of());
        assertThat(feed.since(1)).isEmpty();
        assertThat(new ChangeFeed().since(0)).isEmpty();
    }
}
