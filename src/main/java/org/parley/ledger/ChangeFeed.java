package org.parley.ledger;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the listeners of one process about each change once its transaction has committed. On H2
 * this is the whole bus; several processes on PostgreSQL will feed it from LISTEN/NOTIFY.
 */
public final class ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final CopyOnWriteArrayList<Consumer<Committed>> listeners = new CopyOnWriteArrayList<>();

    /** Starts telling {@code listener} about committed changes; closing the subscription stops it. */
    public Subscription subscribe(Consumer<Committed> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener; one that fails is logged and does not keep the others from hearing. */
    public void publish(Committed committed) {
        for (Consumer<Committed> listener : listeners) {
            try {
                listener.accept(committed);
            } catch (RuntimeException e) {
                LOG.warn("a change listener failed on {} {}", committed.change().kind(), committed.change().subjectId(), e);
            }
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
