package org.parley.draft;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parley.compare.Alignment;
import org.parley.negotiation.NegotiationId;

/**
 * Alignments already computed, least recently used dropped first once the drafts they align hold
 * more than {@link #MAX_POINTS} points together. An alignment depends only on the two texts and
 * the confirmed links it keeps, and a draft's points never change once it is added, so the key is
 * the two drafts and those links; who may read them is decided before the cache is asked. Only a
 * cache: each process keeps its own, and losing it costs time, never correctness.
 */
final class AlignmentCache {
    static final int MAX_POINTS = 200_000;

    private record Key(NegotiationId negotiation, DraftId from, DraftId to, List<LinkConfirmation> confirmed) {}

    private record Entry(Alignment alignment, int points) {}

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final int maxPoints;
    private int points;

    AlignmentCache() {
        this(MAX_POINTS);
    }

    /** A cache that keeps alignments of drafts holding at most {@code maxPoints} points together. */
    AlignmentCache(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    /** The alignment of {@code from} with {@code to} keeping {@code confirmed}, computed by {@code align} the first time. */
    Alignment get(Draft from, Draft to, List<LinkConfirmation> confirmed, Supplier<Alignment> align) {
        Key key = new Key(from.negotiationId(), from.id(), to.id(), List.copyOf(confirmed));
        synchronized (this) {
            Entry cached = entries.get(key);
            if (cached != null) {
                return cached.alignment();
            }
        }
        Alignment alignment = align.get();
        int weight = from.points().size() + to.points().size();
        synchronized (this) {
            if (entries.put(key, new Entry(alignment, weight)) == null) {
                points += weight;
            }
            for (Iterator<Entry> oldest = entries.values().iterator(); points > maxPoints && oldest.hasNext(); ) {
                points -= oldest.next().points();
                oldest.remove();
            }
        }
        return alignment;
    }
}
