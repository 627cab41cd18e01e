package org.parley.access;

/**
 * The route a read comes through ({@code GET /api/negotiations/{id}/drafts}, {@code cli export}),
 * held for the thread that serves it, so the read audit can name it without every call passing it on.
 */
public final class ReadRoute {
    public static final String UNNAMED = "direct";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ReadRoute() {}

    public static void enter(String route) {
        CURRENT.set(route);
    }

    public static void leave() {
        CURRENT.remove();
    }

    public static String current() {
        String route = CURRENT.get();
        return route == null ? UNNAMED : route;
    }
}
