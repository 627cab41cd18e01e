package org.parley.workbench.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.parley.draft.DraftId;
import org.parley.interchange.Redline;
import org.parley.interchange.RedlinePage;
import org.parley.negotiation.Ids;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;
import org.parley.workbench.ComparePages;
import org.parley.workbench.DraftPages;
import org.parley.workbench.NegotiationPages;
import org.parley.workbench.SearchPages;

/** The pages of the workbench: negotiations, dashboard, draft, compare, matrix, meetings and statements, search. */
final class PageRoutes implements Routes {
    private final NegotiationPages negotiations;
    private final DraftPages drafts;
    private final ComparePages compare;
    private final SearchPages search;
    private final Viewers viewers;
    private final Html html;

    PageRoutes(NegotiationPages negotiations, DraftPages drafts, ComparePages compare, SearchPages search, Viewers viewers, Html html) {
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.compare = compare;
        this.search = search;
        this.viewers = viewers;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/negotiations", HttpStatus.SEE_OTHER));
        routes.get("/negotiations", ctx -> html.page(ctx, "negotiations", negotiations.list(viewers.of(ctx))));
        routes.get("/negotiations/{n}", ctx -> show(ctx, "dashboard", negotiation(ctx).flatMap(n -> negotiations.dashboard(n, viewers.of(ctx)))));
        routes.get("/negotiations/{n}/drafts/{d}", this::draft);
        routes.get("/negotiations/{n}/compare", ctx -> show(ctx, "compare", negotiation(ctx).flatMap(n ->
                compare.compare(n, ctx.queryParam("from"), ctx.queryParam("to"), "1".equals(ctx.queryParam("changes")), viewers.of(ctx))
                        .map(page -> ctx.queryParam("kind") == null ? page : page.correcting(
                                Objects.requireNonNullElse(ctx.queryParam("fromPoints"), ""),
                                Objects.requireNonNullElse(ctx.queryParam("toPoints"), ""), ctx.queryParam("kind"))))));
        routes.get("/negotiations/{n}/compare/redline.html", this::redline);
        routes.get("/negotiations/{n}/matrix", ctx -> show(ctx, "matrix", negotiation(ctx).flatMap(n ->
                drafts.matrix(n, ctx.queryParam("draft"), ctx.queryParam("topic"), viewers.of(ctx)))));
        routes.get("/negotiations/{n}/record", ctx -> show(ctx, "record", negotiation(ctx).flatMap(n -> negotiations.record(n, viewers.of(ctx)))));
        routes.get("/negotiations/{n}/search", ctx -> show(ctx, "search", negotiation(ctx).flatMap(n ->
                search.search(n, ctx.queryParam("q"), viewers.of(ctx)))));
    }

    private void draft(Context ctx) {
        Optional<DraftId> draft = id(ctx.pathParam("d")).map(DraftId::of);
        var query = new DraftPages.Query(ctx.queryParam("topic"), ctx.queryParam("stance"), ctx.queryParam("point"));
        show(ctx, "draft", negotiation(ctx).flatMap(n -> draft.flatMap(d -> drafts.draft(n, d, query, viewers.of(ctx)))));
    }

    /** The comparison as one standalone HTML page, to keep or send: a download, so that it opens outside the site. */
    private void redline(Context ctx) {
        Optional<DraftId> from = Optional.ofNullable(ctx.queryParam("from")).flatMap(PageRoutes::id).map(DraftId::of);
        Optional<DraftId> to = Optional.ofNullable(ctx.queryParam("to")).flatMap(PageRoutes::id).map(DraftId::of);
        Optional<Redline> redline = negotiation(ctx).flatMap(n -> from.flatMap(f -> to.flatMap(t -> compare.redline(n, f, t, viewers.of(ctx)))));
        if (redline.isEmpty()) {
            html.notFound(ctx, ctx.path());
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"redline-" + from.get() + "-to-" + to.get() + ".html\"")
                .contentType("text/html; charset=utf-8")
                .result(new RedlinePage("1".equals(ctx.queryParam("changes"))).render(redline.get()));
    }

    private void show(Context ctx, String page, Optional<?> view) {
        view.ifPresentOrElse(v -> html.page(ctx, page, v), () -> html.notFound(ctx, ctx.path()));
    }

    /** The negotiation named in the path; an id that cannot exist is simply not found. */
    static Optional<NegotiationId> negotiation(Context ctx) {
        return id(ctx.pathParam("n")).map(NegotiationId::of);
    }

    private static Optional<String> id(String value) {
        return Ids.isValid(value) ? Optional.of(value) : Optional.empty();
    }
}
