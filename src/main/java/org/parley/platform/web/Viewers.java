package org.parley.platform.web;

import io.javalin.http.Context;
import org.parley.access.Viewer;

/** Tells who is making a request; every handler reads through it, so access rules apply to every route. */
@FunctionalInterface
public interface Viewers {
    Viewer of(Context ctx);

    /** Every request reads as the public: for pages and tests that show what anyone may see. */
    Viewers PUBLIC_ONLY = ctx -> Viewer.PUBLIC;
}
