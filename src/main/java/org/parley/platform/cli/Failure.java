package org.parley.platform.cli;

import java.io.PrintWriter;
import org.parley.negotiation.Outcome;

/** Prints a refused use case as one line a user can act on, and gives the exit code for bad input. */
public final class Failure {
    public static final int BAD_INPUT = 1;

    private Failure() {}

    public static int report(PrintWriter err, String context, Outcome<?> outcome) {
        err.println("parley: " + context + ": " + reason(outcome));
        err.flush();
        return BAD_INPUT;
    }

    /** Why a use case was refused, in one line. */
    public static String reason(Outcome<?> outcome) {
        if (outcome instanceof Outcome.NotFound<?> n) {
            return n.what() + " was not found";
        } else if (outcome instanceof Outcome.Invalid<?> i) {
            return (i.field() == null ? "" : i.field() + ": ") + i.message();
        } else if (outcome instanceof Outcome.Conflict<?> c) {
            return c.message();
        } else if (outcome instanceof Outcome.Forbidden<?> f) {
            return f.message();
        }
        throw new IllegalArgumentException("not a refusal: " + outcome);
    }
}
