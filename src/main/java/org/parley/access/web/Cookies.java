package org.parley.access.web;

import io.javalin.http.Context;
import java.time.Duration;

/** Writes Parley's own cookies: HttpOnly, SameSite=Lax, for the whole site, Secure whenever the request came over TLS. */
final class Cookies {
    private Cookies() {}

    static void set(Context ctx, String name, String value, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Lax"
                + (WebSecurity.overTls(ctx) ? "; Secure" : ""));
    }

    static void expire(Context ctx, String name) {
        set(ctx, name, "", Duration.ZERO);
    }
}
