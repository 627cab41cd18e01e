package org.parley.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.RIVER;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.access.Account;
import org.parley.fixtures.Fixtures;
import org.parley.fixtures.RawHttp;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Person;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Topic;
import org.parley.negotiation.TopicId;
import org.parley.platform.db.TestDatabases;
import org.parley.platform.web.WebServer;

/** Injection, oversized and malformed input against the account routes; each is refused and leaves the data as it was. */
class HostileInputTest {
    private static final String PASSWORD = "a long enough password";
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "river' OR 'a'='a", "river'; DROP TABLE app_user; --",
            "river\" OR \"\"=\"", "1 UNION SELECT password_hash FROM app_user", "river%00", "../../etc/passwd",
            "..\\..\\windows\\win.ini", "....//....//etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd");

    private Workbench workbench;
    private WebServer server;
    private Browser north;
    private String csrf;

    @BeforeEach
    void start() {
        workbench = new Workbench(TestDatabases.h2());
        Fixtures.seatParties(workbench);
        workbench.accounts().add("north.river", Optional.of(PASSWORD), false).orElseThrow();
        workbench.accounts().seat("north.river", RIVER, NORTH, "test").orElseThrow();
        server = new WebServer(workbench.securedRoutes()).start("127.0.0.1", 0);
        north = new Browser(server.port());
        csrf = north.signIn("north.river", PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
        workbench.close();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void injectionAndTraversal_inEveryPathParameterOfEveryRouteAreRefused() {
        int tried = 0;
        for (String endpoint : server.endpoints()) {
            String[] route = endpoint.split(" ", 2);
            if (!route[1].contains("{")) {
                continue;
            }
            for (String injection : INJECTIONS) {
                String path = route[1].replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(encode(injection)));
                Browser.Page page = north.send(route[0], path, "application/json", "{}", "X-CSRF-Token", csrf);
                tried++;

                assertThat(page.status()).as(endpoint + " with " + injection).isIn(400, 403, 404);
                assertThat(page.body()).doesNotContain("$argon2id$").doesNotContain("SQL").doesNotContain("root:x:0:0")
                        .doesNotContain("[fonts]");
            }
        }
        assertThat(tried).isGreaterThan(INJECTIONS.size());
        assertThat(workbench.accounts().list()).extracting(Account::name).containsExactly("north.river");
    }

    @Test
    void sqlInjection_inQueryParametersIsRefused() {
        for (String injection : INJECTIONS) {
            assertThat(north.get("/api/negotiations/river/audit?limit=" + encode(injection)).status()).as(injection).isEqualTo(400);
        }
        assertThat(north.get("/api/negotiations/river/audit?limit=5000").body()).contains("\"limit\":500");
        assertThat(north.get("/api/negotiations/river/audit?offset=-1").status()).isEqualTo(400);
        assertThat(north.get("/api/negotiations/river/audit?limit=5").status()).isEqualTo(200);
    }

    @Test
    void sqlInjection_inLoginFieldsSignsNobodyIn() {
        Browser visitor = new Browser(server.port());
        visitor.get("/login");
        String token = visitor.cookie(WebSecurity.ANONYMOUS_CSRF_COOKIE);
        for (String injection : INJECTIONS) {
            String quoted = injection.replace("\\", "\\\\").replace("\"", "\\\"");
            String body = "{\"username\":\"" + quoted + "\",\"password\":\"" + quoted + "\"}";

            assertThat(visitor.postJson("/login", body, "X-CSRF-Token", token).status()).as(injection).isIn(401, 429);
        }
        assertThat(visitor.cookie(SessionViewers.SESSION_COOKIE)).isNull();
        assertThat(workbench.accounts().list()).extracting(Account::name).containsExactly("north.river");
    }

    @Test
    void accountNames_refuseMarkupAndSql() {
        for (String name : List.of("<script>alert(1)</script>", "a' OR '1'='1", "Admin", "", "x".repeat(65), "../etc")) {
            assertThat(workbench.accounts().add(name, Optional.of(PASSWORD), false)).as(name).isInstanceOf(Outcome.Invalid.class);
        }
    }

    @Test
    void oversizedBody_isRefusedBeforeItIsRead() {
        String status = RawHttp.statusLineForAnnouncedBody(server.port(), "/login", WebServer.MAX_BODY + 1);

        assertThat(status).startsWith("HTTP/1.1 413 ");
    }

    @Test
    void malformedBodies_areRefusedAsProblems() {
        for (String body : List.of("{", "[]", "{\"username\": [1, 2]}", "not json at all", "{\"username\":\"a\",\"password\":{}}",
                "\u0000\u0001")) {
            Browser.Page page = north.postJson("/login", body, "X-CSRF-Token", csrf);

            assertThat(page.status()).as(body).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void malformedCookiesAndTokens_readAsThePublic() {
        Browser forged = new Browser(server.port());
        forged.setCookie(SessionViewers.SESSION_COOKIE, "' OR '1'='1");
        Browser longToken = new Browser(server.port()).withToken("x".repeat(5000));

        assertThat(forged.get("/api/negotiations/river/audit").status()).as("private, so not found by the public").isEqualTo(404);
        assertThat(longToken.get("/api/negotiations/river/audit").status()).isEqualTo(404);
    }

    @Test
    void userSuppliedMarkup_isServedAsJsonABrowserWillNotRender() {
        String markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        workbench.negotiations().addTopic(new Topic(RIVER, TopicId.of("xss"), markup, false), Fixtures.CLERK).orElseThrow();
        workbench.negotiations().addPerson(new Person(RIVER, PersonId.of("xss-envoy"), markup, markup, NORTH), Fixtures.CLERK)
                .orElseThrow();

        for (String path : List.of("/api/negotiations/river/topics", "/api/negotiations/river/people")) {
            Browser.Page page = north.get(path);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("application/json");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe-inline");
        }
    }

    @Test
    void auditedRoute_withMarkupIsServedAsJsonNeverAsHtml() {
        org.parley.access.ReadRoute.enter("GET /negotiations/river/<script>alert(1)</script>");
        try {
            workbench.drafts().list(RIVER, org.parley.fixtures.Fixtures.AS_NORTH);
        } finally {
            org.parley.access.ReadRoute.leave();
        }

        Browser.Page page = north.get("/api/negotiations/river/audit");

        assertThat(page.header("Content-Type")).startsWith("application/json");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
