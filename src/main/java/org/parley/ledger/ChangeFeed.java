package org.parley.ledger;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells the listeners of one process about each change once its transaction has committed, and
 * remembers the latest changes for listeners that come back after a dropped connection. On H2
 * this is the whole bus; on PostgreSQL the changes of other processes arrive here too, through
 * LISTEN/NOTIFY, and a change published twice (a process hearing its own) is told once.
 */
public final class ChangeFeed {
    /** How many of the latest changes are remembered for listeners that come back. */
    public static final int REMEMBERED = 1000;
    private static final System.Logger LOG = System.getLogger(ChangeFeed.class.getName());

    private final CopyOnWriteArrayList<Consumer<Committed>> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<Committed> recent = new ArrayDeque<>();
    private final Set<Long> remembered = new HashSet<>();

    /** Starts telling {@code listener} about committed changes; closing the subscription stops it. */
    public Subscription subscribe(Consumer<Committed> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Tells every listener, unless this change was told already; one that fails is logged and does
     * not keep the others from hearing.
     */
    public void publish(Committed committed) {
        synchronized (recent) {
            boolean forgotten = !recent.isEmpty() && committed.seq() < recent.getFirst().seq();
            if (forgotten || !remembered.add(committed.seq())) {
                return;
            }
            recent.addLast(committed);
            if (recent.size() > REMEMBERED) {
                remembered.remove(recent.removeFirst().seq());
            }
        }
        for (Consumer<Committed> listener : listeners) {
            try {
                listener.accept(committed);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a change listener failed on " + committed.change().kind(), e);
            }
        }
    }

    /** The sequence number of the latest change published; 0 before the first. */
    public long latest() {
        synchronized (recent) {
            return recent.isEmpty() ? 0 : recent.getLast().seq();
        }
    }

    /** The changes published after {@code seq}, oldest first; empty when they are not all remembered. */
    public Optional<List<Committed>> since(long seq) {
        synchronized (recent) {
            if (recent.isEmpty() || recent.getFirst().seq() > seq + 1) {
                return Optional.empty();
            }
            return Optional.of(recent.stream().filter(c -> c.seq() > seq).toList());
        }
    }

    /** A change and its sequence number in the log. */
    public record Committed(long seq, Change change) {}

    /** A listener's hold on the feed. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
