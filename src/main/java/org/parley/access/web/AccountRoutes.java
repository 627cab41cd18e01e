package org.parley.access.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.parley.access.AccountService;
import org.parley.access.Login;
import org.parley.access.SignedIn;
import org.parley.platform.web.ClientAddress;
import org.parley.platform.web.Problem;
import org.parley.platform.web.Routes;

/** Signing in and out: a form, or JSON for scripts and htmx. */
public final class AccountRoutes implements Routes {
    private final AccountService accounts;
    private final SessionViewers sessions;
    private final ClientAddress clients;

    /** {@code clients} tells whom a login comes from, for throttling (through trusted proxies, the forwarded client). */
    public AccountRoutes(AccountService accounts, SessionViewers sessions, ClientAddress clients) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.clients = clients;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/login", ctx -> ctx.html(LoginPage.render(ctx.attribute(WebSecurity.CSRF_ATTRIBUTE), "", safeNext(ctx.queryParam("next")))));
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
    }

    /** What a script posts to sign in. */
    record LoginForm(String username, String password) {}

    private void login(Context ctx) {
        boolean json = wantsJson(ctx);
        LoginForm given = json ? ctx.bodyAsClass(LoginForm.class)
                : new LoginForm(ctx.formParam("username"), ctx.formParam("password"));
        sessions.session(ctx).ifPresent(old -> accounts.logout(old.sessionId()));
        Login result = accounts.login(given.username(), given.password(), clients.of(ctx));
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
