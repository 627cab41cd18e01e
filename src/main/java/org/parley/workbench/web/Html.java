package org.parley.workbench.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.parley.access.Viewer;
import org.parley.platform.web.Templates;
import org.parley.platform.web.Viewers;

/**
 * Answers with a page: the whole page for a browser's request, only its live part when htmx asks
 * (header {@code HX-Request}), as a page refreshes itself on a change.
 */
final class Html {
    static final String CONTENT_TYPE = "text/html; charset=utf-8";

    private final Templates templates;
    private final Viewers viewers;

    Html(Templates templates, Viewers viewers) {
        this.templates = templates;
        this.viewers = viewers;
    }

    /** Renders {@code pages/<name>.jte}, or {@code parts/<name>.jte} for htmx, with {@code view}. */
    void page(Context ctx, String name, Object view) {
        Map<String, Object> params = params(ctx);
        params.put("view", view);
        ctx.header("Vary", "HX-Request");
        if (ctx.header("HX-Request") != null) {
            send(ctx, "parts/" + name + ".jte", params);
            return;
        }
        params.put("self", ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString());
        send(ctx, "pages/" + name + ".jte", params);
    }

    /** Renders a form page, which has no live part. */
    void form(Context ctx, String name, Object view) {
        Map<String, Object> params = params(ctx);
        params.put("view", view);
        send(ctx, "forms/" + name + ".jte", params);
    }

    void notFound(Context ctx, String what) {
        ctx.status(404);
        Map<String, Object> params = params(ctx);
        params.put("what", what);
        send(ctx, "pages/not-found.jte", params);
    }

    /** What every page needs: the CSRF token for its forms, and who is signed in (null for the public). */
    private Map<String, Object> params(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", ctx.attribute("csrf"));
        Viewer viewer = viewers.of(ctx);
        params.put("reader", viewer.equals(Viewer.PUBLIC) ? null : viewer.name());
        return params;
    }

    private void send(Context ctx, String template, Map<String, Object> params) {
        ctx.contentType(CONTENT_TYPE).result(templates.render(template, params));
    }
}
