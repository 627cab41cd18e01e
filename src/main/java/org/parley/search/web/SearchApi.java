package org.parley.search.web;

import io.javalin.config.RoutesConfig;
import org.parley.platform.web.ApiPaths;
import org.parley.platform.web.Http;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;
import org.parley.search.SearchService;

/** {@code GET /api/negotiations/{id}/search?q=}: the records of a negotiation its reader may see that mention the query. */
public final class SearchApi implements Routes {
    private final SearchService search;
    private final Viewers viewers;

    public SearchApi(SearchService search, Viewers viewers) {
        this.search = search;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.NEGOTIATION + "/search", ctx -> Http.answer(ctx,
                search.search(ApiPaths.negotiation(ctx), ctx.queryParam("q"), viewers.of(ctx)), 200));
    }
}
