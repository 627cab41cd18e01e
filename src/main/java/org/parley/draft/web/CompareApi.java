package org.parley.draft.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import org.parley.draft.DraftId;
import org.parley.draft.LineageService;
import org.parley.draft.LinkConfirmation;
import org.parley.draft.PointNumber;
import org.parley.interchange.AlignmentJson;
import org.parley.negotiation.Ids;
import org.parley.negotiation.Outcome;
import org.parley.platform.web.ApiPaths;
import org.parley.platform.web.Http;
import org.parley.platform.web.Problem;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * The API of the lineage: compare two drafts (the JSON of {@code parley compare}), list the links
 * the engine suggests for what it left unlinked and the text that moved between points, trace a
 * point through the drafts, confirm or correct links. A text the viewer may not read is not found.
 */
public final class CompareApi implements Routes {
    private static final String COMPARE = ApiPaths.NEGOTIATION + "/compare";

    private final LineageService lineage;
    private final Viewers viewers;

    public CompareApi(LineageService lineage, Viewers viewers) {
        this.lineage = lineage;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COMPARE, this::compare);
        routes.get(ApiPaths.DRAFT + "/points/{number}/trajectory", ctx -> Http.found(ctx, lineage.trajectory(ApiPaths.negotiation(ctx),
                ApiPaths.draft(ctx), Http.parse("number", ctx.pathParam("number"), PointNumber::of), viewers.of(ctx)),
                "point " + ctx.pathParam("number") + " of draft " + ctx.pathParam("draft")));
        routes.get(COMPARE + "/links", ctx -> Http.pagedIfFound(ctx, lineage.confirmed(ApiPaths.negotiation(ctx),
                draftParam(ctx, "from"), draftParam(ctx, "to"), viewers.of(ctx)), "the texts of both drafts"));
        routes.get(COMPARE + "/suggestions", ctx -> Http.pagedIfFound(ctx, lineage.compare(ApiPaths.negotiation(ctx),
                draftParam(ctx, "from"), draftParam(ctx, "to"), viewers.of(ctx)).map(c -> AlignmentJson.suggestions(c.alignment())),
                "the texts of both drafts"));
        routes.get(COMPARE + "/moves", ctx -> Http.pagedIfFound(ctx, lineage.compare(ApiPaths.negotiation(ctx),
                draftParam(ctx, "from"), draftParam(ctx, "to"), viewers.of(ctx)).map(c -> AlignmentJson.moves(c.moves())),
                "the texts of both drafts"));
        routes.post(COMPARE + "/links", this::confirm);
        routes.delete(COMPARE + "/links/{link}", ctx -> Http.answer(ctx,
                lineage.withdraw(ApiPaths.negotiation(ctx), ctx.pathParam("link"), viewers.of(ctx)), 200));
    }

    private static DraftId draftParam(Context ctx, String name) {
        return Http.parse(name, Http.required(ctx, name), DraftId::of);
    }

    private void compare(Context ctx) {
        DraftId from = draftParam(ctx, "from");
        DraftId to = draftParam(ctx, "to");
        var found = lineage.compare(ApiPaths.negotiation(ctx), from, to, viewers.of(ctx));
        if (found.isEmpty()) {
            Problem.refused(ctx, Outcome.notFound("the texts of drafts " + from + " and " + to));
            return;
        }
        var c = found.get();
        ctx.json(AlignmentJson.toTree(c.from().title(), c.from().points().size(), c.to().title(), c.to().points().size(), c.alignment()));
    }

    private void confirm(Context ctx) throws Exception {
        var viewer = viewers.of(ctx);
        LinkConfirmation link = Http.body(ctx, LinkConfirmation.class, Map.of("negotiationId", ApiPaths.negotiation(ctx), "confirmedBy", viewer.name()),
                Map.of("id", Ids.random(), "confirmedAt", Instant.now()));
        Http.answer(ctx, lineage.confirm(link, viewer), 201);
    }
}
