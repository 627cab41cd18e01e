package org.parley.access.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.access.AccessPolicy;
import org.parley.access.AccountService;
import org.parley.access.ReadRoute;
import org.parley.access.Secrets;
import org.parley.access.SignedIn;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.web.Routes;

/**
 * What every request passes before any feature sees it: security headers; the CSRF token, set as
 * {@code ctx.attribute("csrf")} for forms and checked on every state-changing request that is not
 * made with an API token; the rule that the public changes nothing and that changes inside a
 * negotiation need a seat in it; and the route name the read audit records. Register it first.
 */
public final class WebSecurity implements Routes {
    public static final String CSRF_ATTRIBUTE = "csrf";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Holds the CSRF token of a visitor without a session, so the login form can be protected too. */
    public static final String ANONYMOUS_CSRF_COOKIE = "parley_csrf";
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private static final Set<HandlerType> CHANGES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
    private static final Set<String> OPEN_TO_ALL = Set.of("/login", "/logout");
    private static final Pattern IN_NEGOTIATION = Pattern.compile("^(?:/api)?/negotiations/([^/]+)/.+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SessionViewers sessions;
    private final AccountService accounts;

    public WebSecurity(SessionViewers sessions, AccountService accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ctx -> {
            ReadRoute.enter(ctx.method() + " " + ctx.path());
            headers(ctx);
            String csrf = csrfToken(ctx);
            ctx.attribute(CSRF_ATTRIBUTE, csrf);
            if (CHANGES.contains(ctx.method())) {
                checkCsrf(ctx, csrf);
                checkWriter(ctx);
            }
        });
        routes.after(ctx -> ReadRoute.leave());
    }

    /**
     * Whether the request reached Parley over TLS, directly or through a proxy that says so. Trusting
     * the proxy's header costs nothing: at worst a plain-HTTP client gets a Secure cookie it will not
     * send back, and an HSTS header browsers ignore over plain HTTP.
     */
    static boolean overTls(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        if (overTls(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private String csrfToken(Context ctx) {
        Optional<SignedIn> session = sessions.session(ctx);
        if (session.isPresent()) {
            return session.get().csrf();
        }
        String cookie = ctx.cookie(ANONYMOUS_CSRF_COOKIE);
        if (cookie != null && TOKEN.matcher(cookie).matches()) {
            return cookie;
        }
        String fresh = Secrets.token();
        Cookies.set(ctx, ANONYMOUS_CSRF_COOKIE, fresh, Duration.ofDays(1));
        return fresh;
    }

    /** API tokens are exempt: a browser never adds an Authorization header to a forged cross-site request. */
    private static void checkCsrf(Context ctx, String expected) {
        if (SessionViewers.bearer(ctx).isPresent()) {
            return;
        }
        String given = ctx.header(CSRF_HEADER);
        if (given == null && (ctx.isFormUrlencoded() || ctx.isMultipartFormData())) {
            given = ctx.formParam(CSRF_FIELD);
        }
        if (!Secrets.same(given, expected)) {
            throw new ForbiddenResponse("this request lacks the CSRF token of your session: reload the page and try again");
        }
    }

    private void checkWriter(Context ctx) {
        if (OPEN_TO_ALL.contains(ctx.path())) {
            return;
        }
        Viewer viewer = sessions.of(ctx);
        if (!AccessPolicy.maySignedInChange(viewer)) {
            throw new UnauthorizedResponse("sign in to change anything");
        }
        Matcher inside = IN_NEGOTIATION.matcher(ctx.path());
        if (inside.matches()) {
            NegotiationId negotiation = NegotiationId.of(inside.group(1));
            if (!AccessPolicy.mayWriteIn(viewer, negotiation, accounts.creatorOf(negotiation))) {
                throw new ForbiddenResponse("only those acting for a party of negotiation " + negotiation + " may change it");
            }
        }
    }
}
