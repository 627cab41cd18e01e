package org.parley.platform.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.negotiation.Outcome;

/** Errors as RFC 9457 problem details ({@code application/problem+json}). */
public final class Problem {
    public static final String CONTENT_TYPE = "application/problem+json";

    private Problem() {}

    public static void send(Context ctx, int status, String title, String detail) {
        send(ctx, status, title, detail, Map.of());
    }

    public static void send(Context ctx, int status, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        body.putAll(extra);
        ctx.status(status).json(body).contentType(CONTENT_TYPE);
    }

    /** Answers a refused outcome with its problem: 404, 400, 409 or 403. */
    public static void refused(Context ctx, Outcome<?> outcome) {
        if (outcome instanceof Outcome.NotFound<?> n) {
            send(ctx, 404, "Not found", n.what() + " was not found");
        } else if (outcome instanceof Outcome.Invalid<?> i) {
            send(ctx, 400, "Invalid request", i.message(), i.field() == null ? Map.of() : Map.of("field", i.field()));
        } else if (outcome instanceof Outcome.Conflict<?> c) {
            send(ctx, 409, "Conflict", c.message());
        } else if (outcome instanceof Outcome.Forbidden<?> f) {
            send(ctx, 403, "Forbidden", f.message());
        } else {
            throw new IllegalArgumentException("not a refusal: " + outcome);
        }
    }
}
