package org.parley.access;

import java.time.Duration;

/** The result of a login attempt. Refusals never say whether the account exists. */
public sealed interface Login {
    record Succeeded(SignedIn session) implements Login {}

    record Refused() implements Login {}

    /** Too many failures for this account or address; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements Login {}
}
