package org.parley.workbench.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.parley.access.Viewer;
import org.parley.ledger.ChangeFeed;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.NegotiationService;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * The live stream of a negotiation's changes (server-sent events), for open pages to refresh
 * themselves: only to readers of the negotiation, and only the changes each may see. The first
 * event says the stream is listening and carries the latest sequence number, so a browser that
 * comes back after a dropped connection sends it as {@code Last-Event-ID} and is told at once to
 * refresh when it missed a change it may see (or when the feed no longer remembers that far back).
 * Changes are sent from a thread of their own, so a slow or dead connection never holds up the
 * transaction that made the change.
 */
final class LiveRoutes implements Routes {
    static final String EVENT = "change";
    static final String LISTENING = "listening";
    private static final String PATH = "/negotiations/{n}/events";

    private final NegotiationService negotiations;
    private final ChangeFeed feed;
    private final Viewers viewers;
    private final Set<ChangeFeed.Subscription> listening = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "parley-live");
        thread.setDaemon(true);
        return thread;
    });

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
            if (concerns(committed, n, viewer)) {
                sender.execute(() -> send(client, committed.change().kind(), Long.toString(committed.seq())));
            }
        });
        listening.add(subscription);
        client.onClose(() -> {
            subscription.close();
            listening.remove(subscription);
        });
        String latest = Long.toString(feed.latest());
        send(client, LISTENING, latest);
        String lastSeen = client.ctx().header("Last-Event-ID");
        if (lastSeen != null && missedAny(lastSeen, n, viewer)) {
            send(client, "reconnected", latest);
        }
    }

    /** Stops listening for every stream the stopped server held open, so nothing is sent on its dead connections. */
    @Override
    public void stopped() {
        listening.forEach(ChangeFeed.Subscription::close);
        listening.clear();
        sender.shutdownNow();
    }

    private static boolean concerns(ChangeFeed.Committed committed, NegotiationId n, Viewer viewer) {
        return committed.change().negotiationId().equals(n) && committed.change().isVisibleTo(viewer);
    }

    private boolean missedAny(String lastSeen, NegotiationId n, Viewer viewer) {
        long seq;
        try {
            seq = Long.parseLong(lastSeen.strip());
        } catch (NumberFormatException e) {
            return true;
        }
        return feed.since(seq).map(missed -> missed.stream().anyMatch(c -> concerns(c, n, viewer))).orElse(true);
    }

    private static void send(SseClient client, String what, String id) {
        synchronized (client) {
            if (!client.terminated()) {
                client.sendEvent(LISTENING.equals(what) ? LISTENING : EVENT, what, id);
            }
        }
    }
}
