package org.parley.access;

import java.util.List;
import java.util.function.Supplier;

/**
 * Holds back the reads a piece of work makes, for work that reads more than it shows: a search
 * reads every record of a negotiation to return a few hits. While held, the reads are gathered
 * instead of kept; the caller then hands {@link ReadAudit#saw} those of the records it returns,
 * so the audit says what a reader was shown, not what was scanned on its behalf.
 */
public final class ReadHold {
    private static final ThreadLocal<List<ReadAudit.Sighting>> HELD = new ThreadLocal<>();

    private ReadHold() {}

    /** Runs {@code work}, gathering into {@code gathered} the reads it makes instead of keeping them. */
    public static <T> T holding(List<ReadAudit.Sighting> gathered, Supplier<T> work) {
        List<ReadAudit.Sighting> outer = HELD.get();
        HELD.set(gathered);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                HELD.remove();
            } else {
                outer.addAll(gathered);
                HELD.set(outer);
            }
        }
    }

    /** Gathers {@code sightings} when this thread's reads are held; false when they are to be kept. */
    public static boolean gathered(List<ReadAudit.Sighting> sightings) {
        List<ReadAudit.Sighting> held = HELD.get();
        if (held == null) {
            return false;
        }
        held.addAll(sightings);
        return true;
    }
}
