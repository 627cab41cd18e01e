package org.parley.ledger;

/** The outcome of checking a proof or a signature: it holds, or it is refused with a reason. */
public sealed interface Verdict {

    /** The proof or signature holds. */
    record Accepted() implements Verdict {}

    /** The proof or signature does not hold; {@code reason} says which step failed. */
    record Refused(String reason) implements Verdict {
        public Refused {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }

    static Verdict accepted() {
        return new Accepted();
    }

    static Verdict refused(String reason) {
        return new Refused(reason);
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
