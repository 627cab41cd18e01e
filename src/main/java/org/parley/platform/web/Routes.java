package org.parley.platform.web;

import io.javalin.config.RoutesConfig;

/** A feature's web adapter: the routes it adds to the one server. */
public interface Routes {
    void register(RoutesConfig routes);

    /** Called once the server has stopped, for routes that hold connections open, such as event streams. */
    default void stopped() {}
}
