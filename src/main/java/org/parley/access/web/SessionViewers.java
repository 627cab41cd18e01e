package org.parley.access.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.parley.access.Account;
import org.parley.access.AccountService;
import org.parley.access.SignedIn;
import org.parley.access.Viewer;
import org.parley.platform.web.Viewers;

/**
 * Tells who makes a request: the holder of the API token in {@code Authorization: Bearer}, else
 * the owner of the session cookie, else the public. A request that carries a token is judged by
 * the token alone, never by a cookie that came along with it.
 */
public final class SessionViewers implements Viewers {
    public static final String SESSION_COOKIE = "parley_session";
    private static final String VIEWER = "parley.viewer";
    private static final String SESSION = "parley.session";

    private final AccountService accounts;

    public SessionViewers(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Viewer of(Context ctx) {
        Viewer cached = ctx.attribute(VIEWER);
        if (cached == null) {
            cached = bearer(ctx).map(token -> accounts.holderOf(token).map(Account::viewer).orElse(Viewer.PUBLIC))
                    .orElseGet(() -> session(ctx).map(s -> s.account().viewer()).orElse(Viewer.PUBLIC));
            ctx.attribute(VIEWER, cached);
        }
        return cached;
    }

    /** The session the request's cookie names, when it is open and its account enabled. */
    public Optional<SignedIn> session(Context ctx) {
        Optional<SignedIn> cached = ctx.attribute(SESSION);
        if (cached == null) {
            String id = ctx.cookie(SESSION_COOKIE);
            cached = id == null || id.isBlank() || id.length() > 100 ? Optional.empty() : accounts.session(id);
            ctx.attribute(SESSION, cached);
        }
        return cached;
    }

    /** Makes the rest of this request read as the newly signed-in session. */
    void signedIn(Context ctx, SignedIn session) {
        ctx.attribute(SESSION, Optional.of(session));
        ctx.attribute(VIEWER, session.account().viewer());
    }

    /** The token of an {@code Authorization: Bearer} header, if the request has one. */
    public static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }
}
