package org.parley.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.platform.db.TestDatabases;
import org.parley.platform.web.WebServer;

/**
 * A private negotiation set up over the API by signed-in people: its creator adds parties and seats
 * the first delegates (itself included); a delegate brings colleagues into its own party only.
 */
class SeatApiTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String N = "/api/negotiations/lake";

    private Workbench workbench;
    private WebServer server;

    @BeforeEach
    void start() {
        workbench = new Workbench(TestDatabases.h2());
        for (String name : new String[] {"alice", "bob", "carol"}) {
            workbench.accounts().add(name, Optional.of(PASSWORD), false).orElseThrow();
        }
        server = new WebServer(workbench.securedRoutes()).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        workbench.close();
    }

    private Browser signedIn(String name) {
        Browser browser = new Browser(server.port());
        String csrf = browser.signIn(name, PASSWORD);
        browser.setCookie("csrf-for-test", csrf);
        return browser;
    }

    private static Browser.Page post(Browser browser, String path, String json) {
        return browser.postJson(path, json, "X-CSRF-Token", browser.cookie("csrf-for-test"));
    }

    @Test
    void creator_seatsItselfAndOthersAndThenOpensTheNegotiation() {
        Browser alice = signedIn("alice");
        assertThat(post(alice, "/api/negotiations", """
                {"id": "lake", "title": "Lake treaty", "mode": "inside", "isPublic": false, "createdAt": "2026-01-01T00:00:00Z"}""")
                .status()).isEqualTo(201);
        assertThat(post(alice, N + "/parties", """
                {"id": "east", "name": "East", "kind": "state"}""").status()).isEqualTo(201);
        assertThat(post(alice, N + "/parties", """
                {"id": "west", "name": "West", "kind": "state"}""").status()).isEqualTo(201);
        assertThat(alice.get(N).status()).as("its creator is a member before acting for any party").isEqualTo(200);
        assertThat(signedIn("bob").get(N).status()).as("others are not").isEqualTo(404);

        assertThat(post(alice, N + "/seats", "{\"account\": \"alice\", \"party\": \"east\"}").status()).isEqualTo(201);
        assertThat(post(alice, N + "/seats", "{\"account\": \"bob\", \"party\": \"west\"}").status()).isEqualTo(201);

        assertThat(alice.get(N).status()).isEqualTo(200);
        assertThat(signedIn("bob").get(N).status()).isEqualTo(200);
    }

    @Test
    void delegate_seatsColleaguesInItsOwnPartyOnly() {
        creator_seatsItselfAndOthersAndThenOpensTheNegotiation();
        Browser bob = signedIn("bob");

        assertThat(post(bob, N + "/seats", "{\"account\": \"bob\", \"party\": \"east\"}").status()).isEqualTo(403);
        assertThat(post(bob, N + "/seats", "{\"account\": \"carol\", \"party\": \"west\"}").status()).isEqualTo(201);
        assertThat(signedIn("carol").get(N).status()).isEqualTo(200);
    }

    @Test
    void seating_bySomeoneWithoutASeatOrWithBadInputIsRefused() {
        creator_seatsItselfAndOthersAndThenOpensTheNegotiation();
        Browser carol = signedIn("carol");

        assertThat(post(carol, N + "/seats", "{\"account\": \"carol\", \"party\": \"east\"}").status()).isEqualTo(403);
        assertThat(new Browser(server.port()).postJson(N + "/seats", "{\"account\": \"carol\", \"party\": \"east\"}").status())
                .isIn(401, 403);
        Browser alice = signedIn("alice");
        assertThat(post(alice, N + "/seats", "{\"account\": \"nobody\", \"party\": \"east\"}").status()).isEqualTo(404);
        assertThat(post(alice, N + "/seats", "{\"account\": \"carol\", \"party\": \"north\"}").status()).isEqualTo(404);
        assertThat(post(alice, N + "/seats", "{\"party\": \"east\"}").status()).isEqualTo(400);
        assertThat(signedIn("carol").get(N).status()).isEqualTo(404);
    }
}
