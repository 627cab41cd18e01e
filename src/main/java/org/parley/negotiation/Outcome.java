package org.parley.negotiation;

import java.util.function.Function;

/** What a use case did: done with a value, or refused for a reason the caller can show. */
public sealed interface Outcome<T> {
    /** The use case ran and committed. */
    record Done<T>(T value) implements Outcome<T> {}

    /** Something named in the request does not exist, or the reader may not know that it does. */
    record NotFound<T>(String what) implements Outcome<T> {}

    /** The request breaks a rule of the record; {@code field} names the part at fault, if any. */
    record Invalid<T>(String field, String message) implements Outcome<T> {}

    /** The request clashes with what is already recorded (a duplicate id, a narrowing). */
    record Conflict<T>(String message) implements Outcome<T> {}

    /** The requester may not do this (record a position for a party it does not act for). */
    record Forbidden<T>(String message) implements Outcome<T> {}

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> notFound(String what) {
        return new NotFound<>(what);
    }

    static <T> Outcome<T> invalid(String field, String message) {
        return new Invalid<>(field, message);
    }

    static <T> Outcome<T> conflict(String message) {
        return new Conflict<>(message);
    }

    static <T> Outcome<T> forbidden(String message) {
        return new Forbidden<>(message);
    }

    /** The same refusal for another value type, or the mapped value when done. */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> map(Function<T, U> f) {
        return this instanceof Done<T> done ? new Done<>(f.apply(done.value())) : (Outcome<U>) this;
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    /**
     * The value of a done outcome; a refusal ends the transaction it runs in, rolled back, and
     * comes out of {@link Transactions#writeAll} as that transaction's outcome. For use cases made
     * of several steps that all stand or all fall.
     */
    default T orRollBack() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new RolledBack(this);
    }

    /** A refusal on its way out of the transaction it rolls back; see {@link #orRollBack}. */
    final class RolledBack extends RuntimeException {
        private final transient Outcome<?> refusal;

        RolledBack(Outcome<?> refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }

        /** The refusal, for the caller's value type (a refusal carries no value). */
        @SuppressWarnings("unchecked")
        <U> Outcome<U> refusal() {
            return (Outcome<U>) refusal;
        }
    }

    /** The value of a done outcome; for refusals, a bug in the caller. */
    default T orElseThrow() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("use case refused: " + this);
    }
}
