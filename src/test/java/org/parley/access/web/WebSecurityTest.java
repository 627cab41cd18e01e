package org.parley.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.RIVER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.fixtures.Fixtures;
import org.parley.negotiation.Mode;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.db.TestDatabases;
import org.parley.platform.web.Routes;
import org.parley.platform.web.WebServer;

class WebSecurityTest {
    private static final String PASSWORD = "a long enough password";
    /** A state-changing route inside a negotiation, standing in for the API's. */
    private static final String PROBE = "/api/negotiations/river/notes";
    /** A public negotiation that the account {@code clerk} created and holds no seat in. */
    private static final NegotiationId OPEN_TALKS = NegotiationId.of("open-talks");

    private Workbench workbench;
    private WebServer server;

    @BeforeEach
    void start() {
        workbench = new Workbench(TestDatabases.h2());
        Fixtures.seatParties(workbench);
        workbench.accounts().add("north.river", Optional.of(PASSWORD), false).orElseThrow();
        workbench.accounts().seat("north.river", RIVER, NORTH, "test").orElseThrow();
        workbench.accounts().add("observer", Optional.of(PASSWORD), false).orElseThrow();
        workbench.accounts().add(Fixtures.CLERK.name(), Optional.of(PASSWORD), false).orElseThrow();
        workbench.negotiations().create(new Negotiation(OPEN_TALKS, "Open talks", "", Mode.TRACKER, true, Instant.now()),
                new Viewer(Fixtures.CLERK.name(), Map.of(), false)).orElseThrow();
        List<Routes> routes = new ArrayList<>(workbench.securedRoutes());
        routes.add(config -> config.post("/api/negotiations/{id}/notes", ctx -> ctx.status(201)));
        server = new WebServer(routes).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        workbench.close();
    }

    private Browser browser() {
        return new Browser(server.port());
    }

    @Test
    void everyResponse_carriesTheSecurityHeaders() {
        for (Browser.Page page : List.of(browser().get("/login"), browser().get("/no/such/page"),
                browser().get("/api/negotiations/river/audit"), browser().postJson(PROBE, "{}"))) {
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(page.header("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void behindTls_responsesCarryHstsAndCookiesAreSecure() {
        Browser.Page page = browser().get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.header("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(page.header("Set-Cookie")).contains("Secure");
    }

    @Test
    void stateChangingRequest_withoutTheSessionsCsrfTokenIsRefused() {
        Browser north = browser();
        String csrf = north.signIn("north.river", PASSWORD);
        Browser other = browser();
        String othersCsrf = other.signIn("observer", PASSWORD);

        assertThat(north.postJson(PROBE, "{}").status()).isEqualTo(403);
        assertThat(north.postJson(PROBE, "{}", "X-CSRF-Token", "forged").status()).isEqualTo(403);
        assertThat(north.postJson(PROBE, "{}", "X-CSRF-Token", othersCsrf).status()).isEqualTo(403);
        assertThat(north.postForm(PROBE, "_csrf=").status()).isEqualTo(403);
        assertThat(north.postJson(PROBE, "{}", "X-CSRF-Token", csrf).status()).isEqualTo(201);
        assertThat(north.postForm(PROBE, "_csrf=" + csrf).status()).isEqualTo(201);
        assertThat(north.send("DELETE", PROBE, null, null).status()).isEqualTo(403);
    }

    @Test
    void multipartForm_withAFile_needsTheCsrfTokenAndASeat() {
        Browser north = browser();
        String csrf = north.signIn("north.river", PASSWORD);
        Browser observer = browser();
        String observersCsrf = observer.signIn("observer", PASSWORD);
        String drafts = "/negotiations/" + RIVER + "/drafts";

        assertThat(north.postMultipart(PROBE, "", "").status()).isEqualTo(403);
        assertThat(north.postMultipart(PROBE, csrf, "").status()).isEqualTo(201);
        Browser.Page imported = north.postMultipart(drafts, csrf, "1. Flows are shared.\n2. A commission is formed.\n");
        Browser.Page outsider = observer.postMultipart(drafts, observersCsrf, "1. Flows belong to nobody.\n");

        assertThat(imported.status()).isEqualTo(303);
        assertThat(imported.header("Location")).isEqualTo(drafts.replace("/drafts", "") + "/drafts/uploaded");
        assertThat(outsider.status()).isIn(403, 404);
        assertThat(workbench.drafts().find(RIVER, org.parley.draft.DraftId.of("uploaded"), Fixtures.CLERK).orElseThrow().points())
                .hasSize(2);
    }

    @Test
    void loginForm_isProtectedByTheVisitorsCsrfCookie() {
        Browser visitor = browser();
        visitor.get("/login");

        assertThat(visitor.postForm("/login", "username=north.river&password=" + PASSWORD.replace(' ', '+')).status()).isEqualTo(403);
        assertThat(visitor.postForm("/login", "username=north.river&password=" + PASSWORD.replace(' ', '+') + "&_csrf="
                + visitor.cookie(WebSecurity.ANONYMOUS_CSRF_COOKIE)).status()).isEqualTo(303);
    }

    @Test
    void loginPage_putsTheCsrfTokenInTheFormAndTheMetaTag() {
        Browser visitor = browser();
        Browser.Page page = visitor.get("/login");
        String token = visitor.cookie(WebSecurity.ANONYMOUS_CSRF_COOKIE);

        assertThat(page.body()).contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + token + "\">",
                "<meta name=\"csrf-token\" content=\"" + token + "\">");
    }

    @Test
    void bearerToken_requestsNeedNoCsrfTokenAndIgnoreCookies() {
        String token = workbench.accounts().issueToken("north.river", "script").orElseThrow();
        Browser script = browser().withToken(token);
        Browser stolenCookieWithBadToken = browser();
        stolenCookieWithBadToken.signIn("north.river", PASSWORD);
        stolenCookieWithBadToken.withToken("parley_not-a-token");

        assertThat(script.postJson(PROBE, "{}").status()).isEqualTo(201);
        assertThat(stolenCookieWithBadToken.postJson(PROBE, "{}").status()).isEqualTo(401);
    }

    @Test
    void thePublic_mayNotChangeAnything() {
        Browser visitor = browser();
        visitor.get("/login");

        Browser.Page page = visitor.postJson(PROBE, "{}", "X-CSRF-Token", visitor.cookie(WebSecurity.ANONYMOUS_CSRF_COOKIE));

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void changesInsideANegotiation_needASeatThereOrToBeItsCreator() {
        Browser observer = browser();
        String observerCsrf = observer.signIn("observer", PASSWORD);
        Browser creator = browser();
        String creatorCsrf = creator.signIn(Fixtures.CLERK.name(), PASSWORD);

        String inOpenTalks = "/api/negotiations/open-talks/notes";

        assertThat(observer.postJson(inOpenTalks, "{}", "X-CSRF-Token", observerCsrf).status()).isEqualTo(403);
        assertThat(observer.postJson(PROBE, "{}", "X-CSRF-Token", observerCsrf).status()).isEqualTo(403);
        assertThat(creator.postJson(inOpenTalks, "{}", "X-CSRF-Token", creatorCsrf).status()).isEqualTo(201);
    }

    @Test
    void login_replacesAPlantedSessionIdWithAFreshHttpOnlySameSiteOne() {
        Browser attacker = browser();
        attacker.signIn("observer", PASSWORD);
        String planted = attacker.cookie(SessionViewers.SESSION_COOKIE);
        Browser victim = browser();
        victim.setCookie(SessionViewers.SESSION_COOKIE, planted);
        String formToken = Browser.csrfOf(victim.get("/login"));

        Browser.Page login = victim.postJson("/login", "{\"username\":\"north.river\",\"password\":\"" + PASSWORD + "\"}",
                "X-CSRF-Token", formToken);

        assertThat(login.status()).isEqualTo(200);
        assertThat(victim.cookie(SessionViewers.SESSION_COOKIE)).isNotEqualTo(planted);
        assertThat(login.all("Set-Cookie")).anyMatch(c -> c.startsWith(SessionViewers.SESSION_COOKIE + "=")
                && c.contains("HttpOnly") && c.contains("SameSite=Lax") && !c.contains("Secure"));
        assertThat(workbench.accounts().session(planted)).isEmpty();
        assertThat(victim.get("/api/negotiations/river/audit").status()).isEqualTo(200);
    }

    @Test
    void logout_closesTheSession() {
        Browser north = browser();
        String csrf = north.signIn("north.river", PASSWORD);
        String session = north.cookie(SessionViewers.SESSION_COOKIE);
        assertThat(north.get("/api/negotiations/river/audit").status()).isEqualTo(200);

        assertThat(north.postForm("/logout", "_csrf=" + csrf).status()).isEqualTo(303);

        assertThat(workbench.accounts().session(session)).isEmpty();
        assertThat(north.get("/api/negotiations/river/audit").status()).as("a private negotiation is not found by the public")
                .isEqualTo(404);
    }

    @Test
    void login_isThrottledWithRetryAfterAfterFiveFailures() {
        Browser guesser = browser();
        guesser.get("/login");
        String csrf = guesser.cookie(WebSecurity.ANONYMOUS_CSRF_COOKIE);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.postJson("/login", "{\"username\":\"north.river\",\"password\":\"guess " + i + "\"}", "X-CSRF-Token", csrf)
                    .status()).isEqualTo(401);
        }

        Browser.Page throttled = guesser.postJson("/login", "{\"username\":\"north.river\",\"password\":\"" + PASSWORD + "\"}",
                "X-CSRF-Token", csrf);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void login_sendsTheBrowserOnlyToPathsOnThisSite() {
        assertThat(AccountRoutes.safeNext("/negotiations/river")).isEqualTo("/negotiations/river");
        assertThat(AccountRoutes.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(AccountRoutes.safeNext("/\\evil.example/")).isEqualTo("/");
        assertThat(AccountRoutes.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(AccountRoutes.safeNext("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
    }

    @Test
    void loginPage_escapesWhatItEchoes() {
        Browser.Page page = browser().get("/login?next=/x%22%3E%3Cscript%3Ealert(1)%3C/script%3E");

        assertThat(page.body()).doesNotContain("<script>").contains("value=\"/x&#34;>&lt;script>alert(1)&lt;/script>\"");
    }

    @Test
    void audit_isRefusedToThoseWithoutASeatThere() {
        workbench.accounts().add("root", Optional.of(PASSWORD), true).orElseThrow();
        Browser observer = browser();
        observer.signIn("observer", PASSWORD);
        Browser administrator = browser();
        administrator.signIn("root", PASSWORD);

        for (Browser outsider : List.of(observer, administrator, browser())) {
            assertThat(outsider.get("/api/negotiations/open-talks/audit").status()).isEqualTo(403);
            assertThat(outsider.get("/api/negotiations/river/audit").status()).as("private, so not found").isEqualTo(404);
        }
    }

    @org.junit.jupiter.api.Test
    void template_putsBackEveryPathParameterSoTheAuditNamesNoRecord() {
        java.util.Map<String, String> params = java.util.Map.of("id", "river-treaty", "draft", "draft-2-fallback", "number", "4");

        assertThat(WebSecurity.template("/api/negotiations/river-treaty/drafts/draft-2-fallback/points/4/trajectory", params))
                .isEqualTo("/api/negotiations/{id}/drafts/{draft}/points/{number}/trajectory");
        assertThat(WebSecurity.template("/api/negotiations/river-treaty/drafts/draft%2D2-fallback/board", params))
                .isEqualTo("/api/negotiations/{id}/drafts/{draft}/board");
    }
}
