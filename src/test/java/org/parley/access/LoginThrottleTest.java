package org.parley.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    @Test
    void delayAfter_isFreeForFourFailuresThenDoublesFromOneSecond() {
        assertThat(LoginThrottle.delayAfter(4)).isZero();
        assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void delayAfter_neverExceedsAQuarterHour() {
        assertThat(LoginThrottle.delayAfter(40)).isEqualTo(LoginThrottle.LONGEST);
        assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE)).isEqualTo(LoginThrottle.LONGEST);
    }

    @Test
    void remaining_countsFromTheLastFailure() {
        Instant last = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(LoginThrottle.remaining(7, last, last.plusSeconds(1))).isEqualTo(Duration.ofSeconds(3));
        assertThat(LoginThrottle.remaining(7, last, last.plusSeconds(5))).isNegative();
    }
}
