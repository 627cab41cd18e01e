package org.parley.workbench.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.sse.SseClient;
import org.parley.access.Viewer;
import org.parley.ledger.ChangeFeed;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.NegotiationService;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * The live stream of a negotiation's changes (server-sent events), for open pages to refresh
 * themselves: only to readers of the negotiation, and only the changes each may see. A comment
 * says when the stream is listening. A browser
 * that comes back after a dropped connection (it sends {@code Last-Event-ID}) is told at once
 * that something may have changed meanwhile.
 */
final class LiveRoutes implements Routes {
    static final String EVENT = "change";
    private static final String PATH = "/negotiations/{n}/events";

    private final NegotiationService negotiations;
    private final ChangeFeed feed;
    private final Viewers viewers;

    LiveRoutes(NegotiationService negotiations, ChangeFeed feed, Viewers viewers) {
        this.negotiations = negotiations;
        this.feed = feed;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> {
            if (PageRoutes.negotiation(ctx).flatMap(n -> negotiations.overview(n, viewers.of(ctx))).isEmpty()) {
                throw new NotFoundResponse("no negotiation " + ctx.pathParam("n"));
            }
        });
        routes.sse(PATH, this::stream);
    }

    private void stream(SseClient client) {
        Viewer viewer = viewers.of(client.ctx());
        NegotiationId n = PageRoutes.negotiation(client.ctx()).orElseThrow();
        client.keepAlive();
        ChangeFeed.Subscription subscription = feed.subscribe(committed -> {
            if (committed.change().negotiationId().equals(n) && committed.change().isVisibleTo(viewer)) {
                send(client, committed.change().kind(), Long.toString(committed.seq()));
            }
        });
        client.onClose(subscription::close);
        synchronized (client) {
            client.sendComment("listening");
        }
        String lastSeen = client.ctx().header("Last-Event-ID");
        if (lastSeen != null) {
            send(client, "reconnected", lastSeen);
        }
    }

    private static void send(SseClient client, String what, String id) {
        synchronized (client) {
            if (!client.terminated()) {
                client.sendEvent(EVENT, what, id);
            }
        }
    }
}
