package org.parley.access.web;

import io.javalin.config.RoutesConfig;
import org.parley.access.AccessPolicy;
import org.parley.access.ReadAudit;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.web.ApiPaths;
import org.parley.platform.web.Http;
import org.parley.platform.web.Problem;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * {@code GET /api/negotiations/{id}/audit}: who read the confidential records of the caller's
 * parties, newest first. Only those acting for a party of the negotiation may ask, and the answer
 * is the same whether or not the negotiation exists.
 */
public final class AuditApi implements Routes {
    public static final String AUDIT = ApiPaths.NEGOTIATION + "/audit";

    private final ReadAudit audit;
    private final Viewers viewers;

    public AuditApi(ReadAudit audit, Viewers viewers) {
        this.audit = audit;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AUDIT, ctx -> {
            NegotiationId negotiation = ApiPaths.negotiation(ctx);
            Viewer viewer = viewers.of(ctx);
            if (!AccessPolicy.mayAudit(viewer, negotiation)) {
                Problem.send(ctx, 403, "Forbidden", "only those acting for a party of negotiation " + negotiation
                        + " may see who read its records");
                return;
            }
            Http.paged(ctx, audit.readsOf(negotiation, viewer, Http.page(ctx)));
        });
    }
}
