package org.parley.position.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import org.parley.negotiation.Ids;
import org.parley.platform.web.ApiPaths;
import org.parley.platform.web.Http;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;
import org.parley.position.Position;
import org.parley.position.PositionService;

/** The API of positions: record a party's stance, list the history on a draft, read where agreement stands. */
public final class PositionApi implements Routes {
    private final PositionService positions;
    private final Viewers viewers;

    public PositionApi(PositionService positions, Viewers viewers) {
        this.positions = positions;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(ApiPaths.NEGOTIATION + "/positions", this::record);
        routes.get(ApiPaths.DRAFT + "/positions", ctx -> Http.pageIfFound(ctx,
                positions.history(ApiPaths.negotiation(ctx), ApiPaths.draft(ctx), viewers.of(ctx), Http.page(ctx)),
                "draft " + ctx.pathParam("draft")));
        routes.get(ApiPaths.DRAFT + "/board", ctx -> Http.found(ctx,
                positions.board(ApiPaths.negotiation(ctx), ApiPaths.draft(ctx), viewers.of(ctx)), "draft " + ctx.pathParam("draft")));
    }

    private void record(Context ctx) throws Exception {
        var viewer = viewers.of(ctx);
        Position position = Http.body(ctx, Position.class, Map.of("negotiationId", ApiPaths.negotiation(ctx), "recordedBy", viewer.name()),
                Map.of("id", Ids.random(), "recordedAt", Instant.now()));
        Http.answer(ctx, positions.record(position, viewer), 201);
    }
}
