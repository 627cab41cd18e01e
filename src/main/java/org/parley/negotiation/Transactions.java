package org.parley.negotiation;

import java.util.function.Supplier;

/**
 * Runs one use case as one transaction: every store call made inside {@code work} commits together,
 * or none does when it throws. Reads run in a read-only transaction so they see one snapshot.
 */
public interface Transactions {
    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);
}
