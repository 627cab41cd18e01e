package org.parley.access.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.parley.access.AccessPolicy;
import org.parley.access.AccountService;
import org.parley.access.Login;
import org.parley.access.ReadAudit;
import org.parley.access.SignedIn;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.web.Problem;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * Signing in and out (a form, or JSON for scripts and htmx), and the read audit a party consults:
 * {@code GET /api/negotiations/{id}/audit}.
 */
public final class AccountRoutes implements Routes {
    public static final int MAX_AUDIT_ROWS = 1000;

    private final AccountService accounts;
    private final SessionViewers sessions;
    private final Viewers viewers;
    private final ReadAudit audit;

    public AccountRoutes(AccountService accounts, SessionViewers sessions, Viewers viewers, ReadAudit audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.viewers = viewers;
        this.audit = audit;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/login", ctx -> ctx.html(LoginPage.render(ctx.attribute(WebSecurity.CSRF_ATTRIBUTE), "", safeNext(ctx.queryParam("next")))));
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
        routes.get("/api/negotiations/{id}/audit", this::audit);
    }

    /** What a script posts to sign in. */
    record LoginForm(String username, String password) {}

    private void login(Context ctx) {
        boolean json = wantsJson(ctx);
        LoginForm given = json ? ctx.bodyAsClass(LoginForm.class)
                : new LoginForm(ctx.formParam("username"), ctx.formParam("password"));
        sessions.session(ctx).ifPresent(old -> accounts.logout(old.sessionId()));
        Login result = accounts.login(given.username(), given.password(), ctx.ip());
        if (result instanceof Login.Succeeded succeeded) {
            SignedIn session = succeeded.session();
            Cookies.set(ctx, SessionViewers.SESSION_COOKIE, session.sessionId(), AccountService.SESSION_LIFETIME);
            Cookies.expire(ctx, WebSecurity.ANONYMOUS_CSRF_COOKIE);
            sessions.signedIn(ctx, session);
            if (json) {
                ctx.json(Map.of("name", session.account().name(), "csrf", session.csrf()));
            } else {
                ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
            }
        } else if (result instanceof Login.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            ctx.header("Retry-After", String.valueOf(seconds));
            Problem.send(ctx, 429, "Too many attempts", "too many failed logins; try again in " + seconds + " seconds");
        } else if (json) {
            Problem.send(ctx, 401, "Not signed in", "the name or the password is wrong");
        } else {
            ctx.status(401).html(LoginPage.render(ctx.attribute(WebSecurity.CSRF_ATTRIBUTE), "The name or the password is wrong.",
                    safeNext(ctx.formParam("next"))));
        }
    }

    private void logout(Context ctx) {
        sessions.session(ctx).ifPresent(s -> accounts.logout(s.sessionId()));
        Cookies.expire(ctx, SessionViewers.SESSION_COOKIE);
        if (wantsJson(ctx)) {
            ctx.status(204);
        } else {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        }
    }

    private void audit(Context ctx) {
        NegotiationId negotiation = NegotiationId.of(ctx.pathParam("id"));
        Viewer viewer = viewers.of(ctx);
        if (!AccessPolicy.mayAudit(viewer, negotiation)) {
            Problem.send(ctx, 403, "Forbidden", "only those acting for a party of negotiation " + negotiation
                    + " may see who read its records");
            return;
        }
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(200);
        if (limit < 1 || limit > MAX_AUDIT_ROWS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_AUDIT_ROWS);
        }
        List<ReadAudit.Read> reads = audit.readsOf(negotiation, viewer, limit);
        ctx.json(Map.of("negotiationId", negotiation.value(), "reads", reads));
    }

    private static boolean wantsJson(Context ctx) {
        String type = ctx.contentType();
        String accept = ctx.header("Accept");
        return type != null && type.startsWith("application/json") || accept != null && accept.startsWith("application/json");
    }

    /** Where to go after login: a path on this site only, so a link cannot send a fresh session elsewhere. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") && next.length() < 500
                && next.chars().noneMatch(c -> c < 0x20) ? next : "/";
    }
}
