package org.parley.workbench.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.platform.cli.DemoCommand;
import org.parley.platform.db.TestDatabases;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;
import org.parley.platform.web.WebServer;

/**
 * The real server on a free port, on a fresh H2 database holding both demo negotiations, reading every
 * request as one viewer, under a strict content security policy.
 */
final class DemoSite implements AutoCloseable {
    static final NegotiationId UKRAINE = NegotiationId.of("ukraine-2025");
    static final NegotiationId RIVER = NegotiationId.of("river-treaty");
    /** Keeps the seed talks' record: acts for all four parties, as the tracker's analysts do. */
    static final Viewer TRACKER = new Viewer("tracker", Map.of(UKRAINE, Set.of(PartyId.of("us"), PartyId.of("ru"), PartyId.of("ua"),
            PartyId.of("eu"))), false);
    static final Viewer LOWMARK = Viewer.actingFor("lowmark delegate", RIVER, PartyId.of("lowmark"));
    static final Viewer KESTRIA = Viewer.actingFor("kestria delegate", RIVER, PartyId.of("kestria"));

    /** Every page of the fictional treaty, as a delegate opens them. */
    static final List<String> RIVER_PAGES = List.of("/negotiations", "/negotiations/river-treaty", "/negotiations/river-treaty/drafts/draft-1",
            "/negotiations/river-treaty/drafts/draft-2", "/negotiations/river-treaty/drafts/draft-2?point=4",
            "/negotiations/river-treaty/drafts/draft-2?point=5", "/negotiations/river-treaty/drafts/draft-3",
            "/negotiations/river-treaty/drafts/draft-3?point=4", "/negotiations/river-treaty/compare?from=draft-1&to=draft-2",
            "/negotiations/river-treaty/compare?from=draft-2&to=draft-3", "/negotiations/river-treaty/matrix?draft=draft-2",
            "/negotiations/river-treaty/matrix?draft=draft-3", "/negotiations/river-treaty/record",
            "/negotiations/river-treaty/positions/new", "/negotiations/river-treaty/statements/new",
            "/negotiations/river-treaty/meetings/new", "/negotiations/river-treaty/import");

    /** Words only in the treaty's records kept between Kestria and the mediator: a meeting, a statement, two positions. */
    static final List<String> KESTRIA_MEDIATOR_SECRETS = List.of("Proximity talks with Kestria", "proximity-kestria",
            "drought floor is thirty-five", "st-veil-fallback", "Privately", "side-d2-");

    /** A content security policy without 'unsafe-inline', so the browser refuses any inline script, handler or style. */
    static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Workbench workbench;
    private final Viewers viewers;
    private WebServer server;

    private DemoSite(Workbench workbench, Viewers viewers) {
        this.workbench = workbench;
        this.viewers = viewers;
        this.server = serve(0);
    }

    /** The routes as given to features to test (each request read as one viewer), under the strict policy; null viewers: as served. */
    private WebServer serve(int port) {
        List<Routes> routes = new ArrayList<>();
        if (viewers == null) {
            routes.addAll(workbench.securedRoutes());
        } else {
            routes.addAll(workbench.routes(viewers));
            routes.add(config -> config.before(ctx -> ctx.header("Content-Security-Policy", STRICT_POLICY)));
        }
        return new WebServer(routes).start("127.0.0.1", port);
    }

    static DemoSite start(Viewers viewers) {
        Workbench workbench = new Workbench(TestDatabases.h2());
        Viewer loader = new Viewer("demo", Map.of(), false);
        try {
            for (String resource : DemoCommand.BUNDLES) {
                workbench.bundles().importBundle(DemoCommand.load(resource), loader).orElseThrow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoSite(workbench, viewers);
    }

    /** The workbench as {@code parley serve} answers: security checks, sessions and CSRF tokens first. */
    static DemoSite secured() {
        return start(null);
    }

    static DemoSite asPublic() {
        return start(Viewers.PUBLIC_ONLY);
    }

    static DemoSite as(Viewer viewer) {
        return start(ctx -> viewer);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Stops the server, which drops every open connection, runs {@code meanwhile}, and starts it again on the same port. */
    void restart(Runnable meanwhile) {
        int port = server.port();
        server.close();
        meanwhile.run();
        server = serve(port);
    }

    Workbench workbench() {
        return workbench;
    }

    @Override
    public void close() {
        server.close();
        workbench.close();
    }
}
