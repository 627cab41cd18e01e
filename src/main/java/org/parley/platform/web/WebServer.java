package org.parley.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.interchange.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one HTTP server: JSON through Parley's mapping, problem+json errors, bodies capped, routes from each feature. */
public final class WebServer implements AutoCloseable {
    public static final long MAX_BODY = 10L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final List<Routes> features;

    public WebServer(List<Routes> features) {
        this.features = List.copyOf(features);
        this.app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = MAX_BODY;
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(MAX_BODY, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(Form.MAX_FILE_BYTES, SizeUnit.BYTES);
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                long length = ctx.contentLength();
                if (length > MAX_BODY) {
                    throw new ContentTooLargeResponse("bodies are limited to " + MAX_BODY + " bytes");
                }
            });
            features.forEach(f -> f.register(config.routes));
            config.routes.exception(JsonProcessingException.class, (e, ctx) -> Problem.send(ctx, 400, "Malformed JSON", describe(e)));
            config.routes.exception(InvalidInput.class, (e, ctx) -> Problem.send(ctx, 400, "Invalid request", e.getMessage(),
                    e.field() == null ? Map.of() : Map.of("field", e.field())));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> Problem.send(ctx, 400, "Invalid request", e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> Problem.send(ctx, e.getStatus(), title(e), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                Problem.send(ctx, 500, "Internal error", "the server failed; the error is logged");
            });
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && !Problem.CONTENT_TYPE.equals(ctx.res().getContentType())) {
                    Problem.send(ctx, 404, "Not found", "no route " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    private static String title(HttpResponseException e) {
        return e instanceof BadRequestResponse ? "Invalid request" : HttpStatus.forStatus(e.getStatus()).getMessage();
    }

    /** Describes malformed JSON with its line and column, and the cause a reader can act on. */
    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof IllegalArgumentException cause) {
            message = cause.getMessage();
        }
        if (e.getLocation() != null) {
            return message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** Every route registered, as {@code METHOD /path} with Javalin's {@code {param}} syntax. */
    public Set<String> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        features.forEach(Routes::stopped);
    }
}
