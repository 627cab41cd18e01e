package org.parley.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.access.LoginThrottle;
import org.parley.platform.db.TestDatabases;
import org.parley.platform.web.ClientAddress;
import org.parley.platform.web.WebServer;

/**
 * Login throttling behind a reverse proxy: through a trusted proxy each forwarded client is
 * throttled apart, so failures from one address do not lock out the others; without trusting the
 * proxy, every client shares its address.
 */
class TrustedProxyLoginTest {
    private static final String PASSWORD = "a long enough password";
    private static final String ATTACKER = "203.0.113.7";
    private static final String COLLEAGUE = "198.51.100.1";
    /** Failures enough to throttle an address for several seconds. */
    private static final int FAILURES = LoginThrottle.FREE_FAILURES + 3;

    /** The status of a correct login by a colleague, after an attacker's failures, both through the proxy at 127.0.0.1. */
    private static int colleaguesLoginAfterAnAttack(ClientAddress clients) {
        try (Workbench workbench = new Workbench(TestDatabases.h2())) {
            workbench.accounts().add("colleague", Optional.of(PASSWORD), false).orElseThrow();
            try (WebServer server = new WebServer(workbench.securedRoutes(clients)).start("127.0.0.1", 0)) {
                for (int k = 0; k < FAILURES; k++) {
                    assertThat(login(server, ATTACKER, "guess-" + k, "wrong password").status()).isIn(401, 429);
                }
                return login(server, COLLEAGUE, "colleague", PASSWORD).status();
            }
        }
    }

    private static Browser.Page login(WebServer server, String forwardedFor, String name, String password) {
        Browser browser = new Browser(server.port());
        browser.get("/login", "X-Forwarded-For", forwardedFor);
        return browser.postJson("/login", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}",
                "X-CSRF-Token", browser.cookie(WebSecurity.ANONYMOUS_CSRF_COOKIE), "X-Forwarded-For", forwardedFor);
    }

    @Test
    void throughATrustedProxy_anAttackersFailuresDoNotLockOutOtherClients() {
        assertThat(colleaguesLoginAfterAnAttack(ClientAddress.trusting(List.of("127.0.0.1")))).isEqualTo(200);
    }

    @Test
    void withoutTrustingTheProxy_everyClientSharesItsAddressAndIsThrottled() {
        assertThat(colleaguesLoginAfterAnAttack(ClientAddress.DIRECT)).isEqualTo(429);
    }
}
