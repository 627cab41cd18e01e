package org.parley.workbench.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.parley.platform.web.Templates;

/**
 * Answers with a page: the whole page for a browser's request, only its live part when htmx asks
 * (header {@code HX-Request}), as a page refreshes itself on a change.
 */
final class Html {
    static final String CONTENT_TYPE = "text/html; charset=utf-8";

    private final Templates templates;

    Html(Templates templates) {
        this.templates = templates;
    }

    /** Renders {@code pages/<name>.jte}, or {@code parts/<name>.jte} for htmx, with {@code view}. */
    void page(Context ctx, String name, Object view) {
        Map<String, Object> params = new HashMap<>();
        params.put("view", view);
        params.put("csrf", ctx.attribute("csrf"));
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
        Map<String, Object> params = new HashMap<>();
        params.put("view", view);
        params.put("csrf", ctx.attribute("csrf"));
        send(ctx, "forms/" + name + ".jte", params);
    }

    void notFound(Context ctx, String what) {
        ctx.status(404);
        Map<String, Object> params = new HashMap<>();
        params.put("what", what);
        params.put("csrf", ctx.attribute("csrf"));
        send(ctx, "pages/not-found.jte", params);
    }

    private void send(Context ctx, String template, Map<String, Object> params) {
        ctx.contentType(CONTENT_TYPE).result(templates.render(template, params));
    }
}
