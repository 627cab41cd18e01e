package org.parley.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.aDraft;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.access.Audience;
import org.parley.compare.Alignment;
import org.parley.fixtures.Fixtures;
import org.parley.negotiation.Ids;

/** Alignments computed once per pair of drafts and confirmed links, the least recently used dropped beyond the limit. */
class AlignmentCacheTest {
    private static final Draft A = aDraft("a", Audience.PUBLIC, "One.", "Two.");
    private static final Draft B = aDraft("b", Audience.PUBLIC, "One.", "Two, reworded.");
    private static final Draft C = aDraft("c", Audience.PUBLIC, "Three.");

    private final AtomicInteger computed = new AtomicInteger();

    private Alignment compute() {
        computed.incrementAndGet();
        return new Alignment(List.of(), List.of(), List.of());
    }

    @Test
    void get_computesOncePerDraftsAndConfirmedLinks() {
        var cache = new AlignmentCache();
        LinkConfirmation confirmed = new LinkConfirmation(Fixtures.RIVER, Ids.random(), A.id(), B.id(), List.of(PointNumber.of("2")),
                List.of(PointNumber.of("2")), LinkConfirmation.Kind.REWORDED, "clerk", Instant.now());

        Alignment first = cache.get(A, B, List.of(), this::compute);
        Alignment again = cache.get(A, B, List.of(), this::compute);
        cache.get(A, B, List.of(confirmed), this::compute);
        cache.get(B, A, List.of(), this::compute);

        assertThat(again).isSameAs(first);
        assertThat(computed).hasValue(3);
    }

    @Test
    void get_dropsTheLeastRecentlyUsedBeyondTheLimit() {
        var cache = new AlignmentCache(7);
        cache.get(A, B, List.of(), this::compute);
        cache.get(A, C, List.of(), this::compute);
        cache.get(A, B, List.of(), this::compute);
        cache.get(B, C, List.of(), this::compute);

        cache.get(A, B, List.of(), this::compute);
        cache.get(A, C, List.of(), this::compute);

        assertThat(computed).as("A-C (3 points) was dropped for B-C, A-B (4) kept as the most recently used").hasValue(4);
    }
}
