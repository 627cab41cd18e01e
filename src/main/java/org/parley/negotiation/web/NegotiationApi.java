package org.parley.negotiation.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.negotiation.Ids;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.NegotiationService;
import org.parley.negotiation.Party;
import org.parley.negotiation.Person;
import org.parley.negotiation.Topic;
import org.parley.platform.web.Http;
import org.parley.platform.web.Problem;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * The API of negotiations and who takes part: list, read and open negotiations; list and add parties,
 * people and topics. It also guards every route under a negotiation: one the viewer may not open is
 * not found, whatever is asked of it.
 */
public final class NegotiationApi implements Routes {
    public static final String ONE = "/api/negotiations/{id}";

    private final NegotiationService negotiations;
    private final Viewers viewers;

    public NegotiationApi(NegotiationService negotiations, Viewers viewers) {
        this.negotiations = negotiations;
        this.viewers = viewers;
    }

    /** The negotiation named in the path of a route under {@link #ONE}. */
    public static NegotiationId negotiation(Context ctx) {
        return Http.parse("id", ctx.pathParam("id"), NegotiationId::of);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ONE + "/*", this::guard);
        routes.get("/api/negotiations", ctx -> Http.paged(ctx, Http.page(ctx).cut(negotiations.list(viewers.of(ctx)))));
        routes.post("/api/negotiations", this::create);
        routes.get(ONE, ctx -> Http.found(ctx, overview(ctx).map(NegotiationService.Overview::negotiation), "negotiation " + ctx.pathParam("id")));
        routes.get(ONE + "/parties", ctx -> members(ctx, NegotiationService.Overview::parties));
        routes.post(ONE + "/parties", ctx -> Http.answer(ctx, negotiations.addParty(body(ctx, Party.class, Map.of()), viewers.of(ctx)), 201));
        routes.get(ONE + "/people", ctx -> members(ctx, NegotiationService.Overview::people));
        routes.post(ONE + "/people", ctx -> Http.answer(ctx, negotiations.addPerson(body(ctx, Person.class, Map.of()), viewers.of(ctx)), 201));
        routes.get(ONE + "/topics", ctx -> members(ctx, NegotiationService.Overview::topics));
        routes.post(ONE + "/topics", ctx -> Http.answer(ctx,
                negotiations.addTopic(body(ctx, Topic.class, Map.of("stickingPoint", false)), viewers.of(ctx)), 201));
    }

    private void guard(Context ctx) {
        if (ctx.pathParamMap().containsKey("id") && overview(ctx).isEmpty()) {
            Problem.send(ctx, 404, "Not found", "negotiation " + ctx.pathParam("id") + " was not found");
            ctx.skipRemainingHandlers();
        }
    }

    private Optional<NegotiationService.Overview> overview(Context ctx) {
        return negotiations.overview(negotiation(ctx), viewers.of(ctx));
    }

    private void create(Context ctx) throws Exception {
        Negotiation negotiation = Http.body(ctx, Negotiation.class, Map.of(), Map.of("id", Ids.random(), "createdAt", Instant.now()));
        Http.answer(ctx, negotiations.create(negotiation, viewers.of(ctx)), 201);
    }

    private void members(Context ctx, Function<NegotiationService.Overview, java.util.List<?>> which) {
        Http.paged(ctx, Http.page(ctx).cut(overview(ctx).map(which).orElseThrow()));
    }

    private static <T> T body(Context ctx, Class<T> type, Map<String, ?> defaults) throws Exception {
        return Http.body(ctx, type, Map.of("negotiationId", negotiation(ctx)), defaults);
    }
}
