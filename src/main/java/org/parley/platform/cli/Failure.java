package org.parley.platform.cli;

import java.io.PrintWriter;
import org.parley.negotiation.Outcome;

/** Prints a refused use case as one line a user can act on, and gives the exit code for bad input. */
public final class Failure {
    public static final int BAD_INPUT = 1;

    private Failure() {}

    public static int report(PrintWriter err, String context, Outcome<?> outcome) {
        String reason;
        if (outcome instanceof Outcome.NotFound<?> n) {
            reason = n.what() + " was not found";
        } else if (outcome instanceof Outcome.Invalid<?> i) {
            reason = (i.field() == null ? "" : i.field() + ": ") + i.message();
        } else if (outcome instanceof Outcome.Conflict<?> c) {
            reason = c.message();
        } else {
            throw new IllegalArgumentException("not a refusal: " + outcome);
        }
        err.println("parley: " + context + ": " + reason);
        err.flush();
        return BAD_INPUT;
    }
}
