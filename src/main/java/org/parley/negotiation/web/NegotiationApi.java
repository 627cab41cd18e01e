package org.parley.negotiation.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.negotiation.Ids;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationService;
import org.parley.negotiation.Party;
import org.parley.negotiation.Person;
import org.parley.negotiation.Topic;
import org.parley.platform.web.ApiPaths;
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
    private final NegotiationService negotiations;
    private final Viewers viewers;

    public NegotiationApi(NegotiationService negotiations, Viewers viewers) {
        this.negotiations = negotiations;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ApiPaths.NEGOTIATION + "/*", this::guard);
        routes.get(ApiPaths.NEGOTIATIONS, ctx -> Http.paged(ctx, Http.page(ctx).cut(negotiations.list(viewers.of(ctx)))));
        routes.post(ApiPaths.NEGOTIATIONS, this::create);
        routes.get(ApiPaths.NEGOTIATION, ctx -> Http.found(ctx, overview(ctx).map(NegotiationService.Overview::negotiation), "negotiation " + ctx.pathParam("id")));
        routes.get(ApiPaths.NEGOTIATION + "/parties", ctx -> members(ctx, NegotiationService.Overview::parties));
        routes.post(ApiPaths.NEGOTIATION + "/parties", ctx -> Http.answer(ctx, negotiations.addParty(body(ctx, Party.class, Map.of()), viewers.of(ctx)), 201));
        routes.get(ApiPaths.NEGOTIATION + "/people", ctx -> members(ctx, NegotiationService.Overview::people));
        routes.post(ApiPaths.NEGOTIATION + "/people", ctx -> Http.answer(ctx, negotiations.addPerson(body(ctx, Person.class, Map.of()), viewers.of(ctx)), 201));
        routes.get(ApiPaths.NEGOTIATION + "/topics", ctx -> members(ctx, NegotiationService.Overview::topics));
        routes.post(ApiPaths.NEGOTIATION + "/topics", ctx -> Http.answer(ctx,
                negotiations.addTopic(body(ctx, Topic.class, Map.of("stickingPoint", false)), viewers.of(ctx)), 201));
    }

    private void guard(Context ctx) {
        if (ctx.pathParamMap().containsKey("id") && overview(ctx).isEmpty()) {
            Problem.send(ctx, 404, "Not found", "negotiation " + ctx.pathParam("id") + " was not found");
            ctx.skipRemainingHandlers();
        }
    }

    private Optional<NegotiationService.Overview> overview(Context ctx) {
        return negotiations.overview(ApiPaths.negotiation(ctx), viewers.of(ctx));
    }

    private void create(Context ctx) throws Exception {
        Negotiation negotiation = Http.body(ctx, Negotiation.class, Map.of(), Map.of("id", Ids.random(), "createdAt", Instant.now()));
        Http.answer(ctx, negotiations.create(negotiation, viewers.of(ctx)), 201);
    }

    private void members(Context ctx, Function<NegotiationService.Overview, List<?>> which) {
        Http.paged(ctx, Http.page(ctx).cut(overview(ctx).map(which).orElseThrow()));
    }

    private static <T> T body(Context ctx, Class<T> type, Map<String, ?> defaults) throws Exception {
        return Http.body(ctx, type, Map.of("negotiationId", ApiPaths.negotiation(ctx)), defaults);
    }
}
