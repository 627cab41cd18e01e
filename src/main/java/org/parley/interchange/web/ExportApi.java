package org.parley.interchange.web;

import io.javalin.config.RoutesConfig;
import org.parley.interchange.BundleService;
import org.parley.platform.web.ApiPaths;
import org.parley.platform.web.Http;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/** {@code GET /api/negotiations/{id}/export}: the negotiation as a bundle, holding what its reader may see. */
public final class ExportApi implements Routes {
    private final BundleService bundles;
    private final Viewers viewers;

    public ExportApi(BundleService bundles, Viewers viewers) {
        this.bundles = bundles;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.NEGOTIATION + "/export", ctx -> Http.found(ctx,
                bundles.export(ApiPaths.negotiation(ctx), viewers.of(ctx)), "negotiation " + ctx.pathParam("id")));
    }
}
