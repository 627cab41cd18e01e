package org.parley.workbench.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;
import org.parley.workbench.NegotiationPages;
import org.parley.workbench.PartyBadge;

/**
 * The workbench's static files: its stylesheet, script and icon, htmx from its webjar, and each
 * negotiation's party colours as a stylesheet, so pages need no inline styles.
 */
final class AssetRoutes implements Routes {
    private static final Map<String, String> FILES = Map.of(
            "parley.css", "web/parley.css",
            "parley.js", "web/parley.js",
            "parley.svg", "web/parley.svg",
            "htmx.min.js", "META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js");

    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    private final NegotiationPages negotiations;
    private final Viewers viewers;

    AssetRoutes(NegotiationPages negotiations, Viewers viewers) {
        this.negotiations = negotiations;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/assets/{file}", this::file);
        routes.get("/favicon.ico", ctx -> ctx.redirect("/assets/parley.svg", HttpStatus.MOVED_PERMANENTLY));
        routes.get("/negotiations/{n}/parties.css", ctx -> PageRoutes.negotiation(ctx)
                .flatMap(n -> negotiations.header(n, viewers.of(ctx)))
                .ifPresentOrElse(h -> ctx.contentType("text/css; charset=utf-8").result(partyStyles(h.parties())), () -> ctx.status(404)));
    }

    private void file(Context ctx) {
        String resource = FILES.get(ctx.pathParam("file"));
        if (resource == null) {
            ctx.status(404);
            return;
        }
        try (InputStream in = AssetRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            ctx.contentType(TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)))
                    .header("Cache-Control", "public, max-age=3600")
                    .result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rule per party: its badges and its SVG marks in its colour. */
    static String partyStyles(java.util.List<PartyBadge> parties) {
        return parties.stream().map(p -> "[data-party=\"" + p.id() + "\"]{background:" + p.colour() + ";color:" + p.textColour()
                + ";border-color:" + p.colour() + "}").collect(Collectors.joining("\n", "", "\n"));
    }
}
