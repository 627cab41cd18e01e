package org.parley.negotiation;

import java.util.function.Supplier;

/**
 * Runs one use case as one transaction: every store call made inside {@code work} commits together,
 * or none does when it throws. Reads run in a read-only transaction so they see one snapshot.
 */
public interface Transactions {
    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);

    /**
     * Runs {@code work} as one writing transaction whose steps all stand or all fall: a step's
     * {@link Outcome#orRollBack} on a refusal rolls everything back, and that refusal is the result.
     * Call it as a use case's own transaction, not inside another one, which it would join.
     */
    default <T> Outcome<T> writeAll(Supplier<Outcome<T>> work) {
        try {
            return write(work);
        } catch (Outcome.RolledBack rolledBack) {
            return rolledBack.refusal();
        }
    }
}
