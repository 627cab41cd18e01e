package org.parley.access;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a login must wait after failures in a row: free for the first {@value #FREE_FAILURES},
 * then one second doubling with each further failure, up to a quarter of an hour.
 */
public final class LoginThrottle {
    public static final int FREE_FAILURES = 5;
    public static final Duration LONGEST = Duration.ofMinutes(15);

    private LoginThrottle() {}

    public static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    /** How long is still left to wait at {@code now}; zero or negative when a login may be tried. */
    public static Duration remaining(int failures, Instant lastFailure, Instant now) {
        return Duration.between(now, lastFailure.plus(delayAfter(failures)));
    }
}
