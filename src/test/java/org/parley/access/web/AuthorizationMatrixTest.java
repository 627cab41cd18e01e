package org.parley.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.Workbench;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.Credentials;
import org.parley.access.ReadRoute;
import org.parley.access.Viewer;
import org.parley.access.cli.DemoLogins;
import org.parley.draft.DraftId;
import org.parley.draft.DraftSummary;
import org.parley.draft.PointNumber;
import org.parley.interchange.Bundle;
import org.parley.interchange.Json;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Party;
import org.parley.negotiation.PartyId;
import org.parley.platform.db.TestDatabases;
import org.parley.platform.web.WebServer;
import org.parley.position.Position;
import org.parley.position.PositionId;
import org.parley.position.Stance;

/**
 * Every GET route of the server, for every demo reader (each party's delegate, an account without
 * a seat, the administrator and the anonymous public), with its path parameters filled by every id
 * of the demo records: no response may carry the id or text of a record outside the reader's audience.
 */
class AuthorizationMatrixTest {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}|<([^>]+)>");
    private static final Pattern PLAIN_RUN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ,.-]{23,}");
    private static final NegotiationId RIVER = NegotiationId.of("river-treaty");
    private static final Audience SIDE_CHANNEL = Audience.of(PartyId.of("kestria"), PartyId.of("mediator"));
    /** Positions recorded while a live stream is read: their ids and reasons start with these. */
    private static final String LIVE_ID = "live-side-";
    private static final String LIVE_REASON = "Said live between Kestria and the mediator";
    private static final AtomicInteger liveChanges = new AtomicInteger();

    private static Workbench workbench;
    private static WebServer server;
    private static List<Bundle> bundles;
    private static final Map<String, Browser> readers = new LinkedHashMap<>();
    private static final Map<String, Viewer> viewers = new HashMap<>();
    private static final Map<String, String> csrfTokens = new HashMap<>();

    @BeforeAll
    static void loadTheDemo() throws IOException {
        workbench = new Workbench(TestDatabases.h2());
        bundles = List.of(bundle("ukraine-2025"), bundle("river-treaty"));
        Map<NegotiationId, Set<PartyId>> everySeat = new HashMap<>();
        for (Bundle b : bundles) {
            everySeat.put(b.negotiation().id(), b.parties().stream().map(Party::id).collect(Collectors.toSet()));
        }
        Viewer importer = new Viewer("demo-importer", everySeat, false);
        for (Bundle b : bundles) {
            workbench.bundles().importBundle(b, importer).orElseThrow();
        }
        List<Credentials> logins = new ArrayList<>(List.of(workbench.accounts().bootstrapAdministrator().orElseThrow()));
        logins.addAll(DemoLogins.create(workbench.accounts(), bundles.stream().map(b -> b.negotiation().id()).toList(),
                new PrintWriter(new StringWriter())));
        server = new WebServer(workbench.securedRoutes()).start("127.0.0.1", 0);

        Browser anonymous = new Browser(server.port());
        anonymous.get("/login");
        readers.put("anonymous", anonymous);
        viewers.put("anonymous", Viewer.PUBLIC);
        csrfTokens.put("anonymous", anonymous.cookie(WebSecurity.ANONYMOUS_CSRF_COOKIE));
        for (Credentials login : logins) {
            Browser browser = new Browser(server.port());
            csrfTokens.put(login.name(), browser.signIn(login.name(), login.password()));
            readers.put(login.name(), browser);
            viewers.put(login.name(), workbench.accounts().list().stream().filter(a -> a.name().equals(login.name()))
                    .findFirst().orElseThrow().viewer());
        }
        readEverythingAs("kestria.river-treaty");
        readEverythingAs("us.ukraine-2025");
    }

    private static Bundle bundle(String name) throws IOException {
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/demo/" + name + ".json")) {
            return Json.mapper().readValue(in, Bundle.class);
        }
    }

    /** Fills the read audit with confidential reads, so its route has something to leak. */
    private static void readEverythingAs(String reader) {
        Viewer viewer = viewers.get(reader);
        ReadRoute.enter("GET /matrix-setup");
        try {
            for (Bundle b : bundles) {
                NegotiationId n = b.negotiation().id();
                workbench.drafts().list(n, viewer).stream().map(DraftSummary::id).forEach(d -> workbench.drafts().find(n, d, viewer));
                workbench.meetings().meetings(n, viewer);
                workbench.meetings().statements(n, viewer);
                workbench.positions().all(n, viewer);
            }
        } finally {
            ReadRoute.leave();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        workbench.close();
    }

    /** A route of the server: method and path template. */
    private record Endpoint(String method, String path) {}

    private static List<Endpoint> endpoints() {
        return server.endpoints().stream().map(e -> e.split(" ", 2)).map(e -> new Endpoint(e[0], e[1])).toList();
    }

    /** A record of the demo as the matrix sees it: who may see its id, who its content, and the text that betrays it. */
    private record Guarded(NegotiationId negotiation, String id, Audience existence, Audience content, List<String> texts) {}

    private static List<Guarded> records() {
        List<Guarded> all = new ArrayList<>();
        for (Bundle b : bundles) {
            NegotiationId n = b.negotiation().id();
            b.drafts().forEach(d -> all.add(new Guarded(n, d.id().value(), d.existence(), d.audience(),
                    Stream.concat(Stream.of(d.preamble()), d.points().stream().map(p -> p.text())).toList())));
            b.meetings().forEach(m -> all.add(new Guarded(n, m.id().value(), m.audience(), m.audience(), List.of(m.title(), m.outcome()))));
            b.statements().forEach(s -> all.add(new Guarded(n, s.id().value(), s.audience(), s.audience(), List.of(s.words()))));
            b.positions().forEach(p -> all.add(new Guarded(n, p.id().value(), p.audience(), p.audience(), List.of(p.reason()))));
            b.links().forEach(l -> {
                Audience readers = narrower(textAudience(b, l.from()), textAudience(b, l.to()));
                all.add(new Guarded(n, l.id(), readers, readers, List.of()));
            });
        }
        return all;
    }

    private static Audience textAudience(Bundle b, org.parley.draft.DraftId draft) {
        return b.drafts().stream().filter(d -> d.id().equals(draft)).findFirst().orElseThrow().audience();
    }

    /** The audience of the two that covers the other; the demo links only drafts whose readers nest. */
    private static Audience narrower(Audience a, Audience b) {
        return a.covers(b) ? b : a;
    }

    /** Text that would show the reader a record it may not see: ids of hidden records, content of unreadable ones. */
    private static Set<String> forbiddenFor(Viewer viewer) {
        Set<String> visible = new LinkedHashSet<>();
        Set<String> forbidden = new LinkedHashSet<>();
        for (Guarded r : records()) {
            boolean knows = AccessPolicy.canSee(viewer, r.negotiation(), r.existence());
            boolean reads = AccessPolicy.canSee(viewer, r.negotiation(), r.content());
            (knows ? visible : forbidden).add(r.id());
            (reads ? visible : forbidden).addAll(r.texts().stream().flatMap(AuthorizationMatrixTest::plainRuns).toList());
        }
        forbidden.removeIf(marker -> visible.stream().anyMatch(v -> v.contains(marker)));
        if (!AccessPolicy.canSee(viewer, RIVER, SIDE_CHANNEL)) {
            forbidden.addAll(List.of(LIVE_ID, LIVE_REASON));
        }
        return forbidden;
    }

    private static Stream<String> plainRuns(String text) {
        Matcher m = PLAIN_RUN.matcher(text == null ? "" : text);
        List<String> runs = new ArrayList<>();
        while (m.find()) {
            runs.add(m.group().length() > 40 ? m.group().substring(0, 40) : m.group());
        }
        return runs.stream();
    }

    /** Every concrete path for a route template, its parameters filled with the demo's ids. */
    private static List<String> paths(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(template);
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        List<String> paths = new ArrayList<>();
        if (names.isEmpty()) {
            bundles.forEach(b -> paths.addAll(withQueries(b, template, template)));
            return paths.stream().distinct().toList();
        }
        for (Bundle b : bundles) {
            List<String> partial = List.of(template);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                List<String> next = new ArrayList<>();
                for (String path : partial) {
                    for (String value : candidates(b, name, i == 0)) {
                        next.add(path.replaceFirst(Pattern.quote("{" + name + "}") + "|" + Pattern.quote("<" + name + ">"),
                                Matcher.quoteReplacement(value)));
                    }
                }
                partial = next;
            }
            for (String path : partial) {
                paths.addAll(withQueries(b, template, path));
            }
        }
        return paths;
    }

    /** The path with the query parameters its route reads: whole lists, and every pair of drafts to compare. */
    private static List<String> withQueries(Bundle b, String template, String path) {
        List<String> drafts = b.drafts().stream().map(d -> d.id().value()).toList();
        List<String> variants = new ArrayList<>(List.of(path + "?limit=500"));
        if (template.contains("compare")) {
            for (String from : drafts) {
                for (String to : drafts) {
                    variants.add(path + "?from=" + from + "&to=" + to + "&limit=500");
                }
            }
        }
        if (template.contains("matrix")) {
            drafts.forEach(d -> variants.add(path + "?draft=" + d));
        }
        if (template.endsWith("/search")) {
            for (String q : List.of("fallback", "Compensation releases", "reservoir", "drought floor", "dry season", "Kestria",
                    "territory", "guarantees", "confidential")) {
                variants.add(path + "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return variants;
    }

    private static List<String> candidates(Bundle b, String param, boolean first) {
        String name = param.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("draft")) {
            return b.drafts().stream().map(d -> d.id().value()).toList();
        }
        if (name.contains("meeting")) {
            return b.meetings().stream().map(m -> m.id().value()).toList();
        }
        if (name.contains("statement")) {
            return b.statements().stream().map(s -> s.id().value()).toList();
        }
        if (name.contains("position")) {
            return b.positions().stream().map(p -> p.id().value()).toList();
        }
        if (name.contains("party")) {
            return b.parties().stream().map(p -> p.id().value()).toList();
        }
        if (name.contains("person") || name.contains("speaker")) {
            return b.people().stream().map(p -> p.id().value()).toList();
        }
        if (name.contains("topic")) {
            return b.topics().stream().map(t -> t.id().value()).toList();
        }
        if (name.contains("point") || name.contains("number")) {
            return List.of("1", "2", "4", "5");
        }
        if (name.contains("sequence")) {
            return b == bundles.get(0) ? LongStream.rangeClosed(1, ledgerSize()).mapToObj(String::valueOf).toList() : List.of();
        }
        if (first || name.contains("negotiation")) {
            return List.of(b.negotiation().id().value());
        }
        return Stream.of(b.drafts().stream().map(d -> d.id().value()), b.meetings().stream().map(m -> m.id().value()),
                b.statements().stream().map(s -> s.id().value())).flatMap(s -> s).toList();
    }

    /** How many events the ledger holds, each a page of its own to try. */
    private static long ledgerSize() {
        return workbench.database().read(() -> workbench.database().handle().createQuery("SELECT COUNT(*) FROM ledger_entry")
                .mapTo(Long.class).one());
    }

    @Test
    void noGetRoute_showsAnyReaderARecordOutsideItsAudience() {
        List<Endpoint> routes = endpoints().stream().filter(e -> e.method().equals("GET")).toList();
        int requests = 0;
        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Browser> reader : readers.entrySet()) {
            Set<String> forbidden = forbiddenFor(viewers.get(reader.getKey()));
            for (Endpoint route : routes) {
                for (String path : paths(route.path())) {
                    boolean live = route.path().contains("events") || route.path().contains("stream");
                    Browser.Page page = live ? whileSideChannelChanges(reader.getValue(), path) : reader.getValue().get(path);
                    requests++;
                    if (page.status() >= 500) {
                        failures.add(reader.getKey() + " GET " + path + " -> " + page.status());
                    }
                    forbidden.stream().filter(marker -> !path.contains(marker)).filter(page.body()::contains)
                            .forEach(marker -> leaks.add(reader.getKey() + " GET " + path + " shows \"" + marker + "\""));
                }
            }
        }
        System.out.printf("authorization matrix: %d GET routes x %d readers (%s), %d requests, %d records leaked%n",
                routes.size(), readers.size(), String.join(", ", readers.keySet()), requests, leaks.size());

        assertThat(routes).extracting(Endpoint::path).contains("/api/negotiations/{id}/audit", "/login");
        assertThat(readers).hasSize(10);
        assertThat(failures).isEmpty();
        assertThat(leaks).isEmpty();
    }

    /**
     * Reads a live stream while Kestria records a position that only it and the mediator may see, so
     * the stream has a confidential change to leak.
     */
    private static Browser.Page whileSideChannelChanges(Browser reader, String path) {
        int n = liveChanges.incrementAndGet();
        Viewer kestria = viewers.get("kestria.river-treaty");
        CompletableFuture<Void> change = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workbench.positions().record(new Position(RIVER, PositionId.of(LIVE_ID + n), PartyId.of("kestria"), DraftId.of("draft-2"),
                    PointNumber.of("4"), Stance.ACCEPT, LIVE_REASON + " " + n, List.of(), null, null, SIDE_CHANNEL, kestria.name(),
                    Instant.now()), kestria).orElseThrow();
        });
        Browser.Page page = reader.get(path);
        change.join();
        return page;
    }

    /**
     * Every state-changing route, for every reader that may not change what the route names: the
     * public anywhere, and anyone without a seat inside a negotiation. Sent with a valid CSRF token,
     * so only the access rules stand in the way; none may succeed.
     */
    @Test
    void noStateChangingRoute_letsAReaderChangeANegotiationItHasNoSeatIn() {
        List<Endpoint> routes = endpoints().stream()
                .filter(e -> List.of("POST", "PUT", "PATCH", "DELETE").contains(e.method()))
                .filter(e -> !List.of("/login", "/logout").contains(e.path()))
                .toList();
        int requests = 0;
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, Browser> reader : readers.entrySet()) {
            Viewer viewer = viewers.get(reader.getKey());
            for (Endpoint route : routes) {
                for (String path : paths(route.path())) {
                    NegotiationId negotiation = bundles.stream().map(b -> b.negotiation().id())
                            .filter(n -> path.contains("/negotiations/" + n.value() + "/")).findFirst().orElse(null);
                    boolean mayChange = negotiation == null ? AccessPolicy.maySignedInChange(viewer)
                            : !viewer.partiesIn(negotiation).isEmpty();
                    if (mayChange) {
                        continue;
                    }
                    Browser.Page page = reader.getValue().send(route.method(), path, "application/json", "{}",
                            "X-CSRF-Token", csrfTokens.get(reader.getKey()));
                    requests++;
                    if (page.status() < 400 || page.status() >= 500) {
                        accepted.add(reader.getKey() + " " + route.method() + " " + path + " -> " + page.status());
                    }
                }
            }
        }
        System.out.printf("write matrix: %d state-changing routes, %d refused requests tried, %d accepted%n",
                routes.size(), requests, accepted.size());

        assertThat(accepted).isEmpty();
    }

    @Test
    void theMatrix_wouldSeeALeak_sinceMembersDoSeeTheirConfidentialRecords() {
        Browser.Page kestriaAudit = readers.get("kestria.river-treaty").get("/api/negotiations/river-treaty/audit?limit=1000");
        Browser.Page lowmarkAudit = readers.get("lowmark.river-treaty").get("/api/negotiations/river-treaty/audit?limit=1000");

        assertThat(forbiddenFor(viewers.get("lowmark.river-treaty")))
                .contains("proximity-kestria", "st-veil-fallback", "side-d2-4-kestria", "side-d2-5-kestria", "fallback-floor");
        assertThat(readers.get("kestria.river-treaty").get("/api/negotiations/river-treaty/export").body()).contains("\"fallback-floor\"");
        assertThat(kestriaAudit.body()).contains("proximity-kestria", "st-veil-fallback", "side-d2-4-kestria", "side-d2-5-kestria");
        assertThat(lowmarkAudit.body()).contains("round-1", "d1-1-kestria").doesNotContain("proximity-kestria", "st-veil-fallback",
                "side-d2-4-kestria");
        assertThat(readers.get("kestria.river-treaty").get("/api/negotiations/river-treaty/meetings").body()).contains("proximity-kestria");
        assertThat(readers.get("mediator.river-treaty").get("/api/negotiations/river-treaty/statements").body()).contains("st-veil-fallback");
        assertThat(readers.get("lowmark.river-treaty").get("/api/negotiations/river-treaty/meetings").body()).contains("round-1")
                .doesNotContain("proximity-kestria");
    }

    @Test
    void readAudit_namesWhoReadARecordAndThroughWhichRequest() {
        readers.get("mediator.river-treaty").get("/api/negotiations/river-treaty/meetings/proximity-kestria");

        String audit = readers.get("kestria.river-treaty").get("/api/negotiations/river-treaty/audit?limit=5").body();

        assertThat(audit).contains("\"reader\":\"mediator.river-treaty\"", "\"kind\":\"meeting\"",
                "\"recordId\":\"proximity-kestria\"", "\"route\":\"GET /api/negotiations/{id}/meetings/{meeting}\"");
    }

    @Test
    void theEuDelegate_knowsDraftDExistsButMayNotReadIt() {
        Viewer eu = viewers.get("eu.ukraine-2025");
        NegotiationId ukraine = NegotiationId.of("ukraine-2025");

        assertThat(workbench.drafts().list(ukraine, eu)).extracting(d -> d.id().value()).contains("D");
        assertThat(workbench.drafts().find(ukraine, DraftId.of("D"), eu)).get()
                .satisfies(d -> assertThat(d.hasText()).isFalse());
        assertThat(AccessPolicy.canSee(eu, ukraine, workbench.drafts().find(ukraine, DraftId.of("D"),
                viewers.get("us.ukraine-2025")).orElseThrow().audience())).isFalse();
    }

    @Test
    void administrator_withoutPartyReadsNothingConfidential() {
        Viewer administrator = viewers.get("admin");

        assertThat(administrator.administrator()).isTrue();
        for (Bundle b : bundles) {
            NegotiationId n = b.negotiation().id();
            assertThat(workbench.positions().all(n, administrator)).allMatch(p -> p.audience().isPublic());
            assertThat(workbench.meetings().meetings(n, administrator)).allMatch(m -> m.audience().isPublic());
            assertThat(workbench.meetings().statements(n, administrator)).allMatch(s -> s.audience().isPublic());
            assertThat(workbench.drafts().list(n, administrator)).allMatch(d -> d.existence().isPublic());
        }
    }
}
