package org.parley.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.interchange.Json;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Page;

/** What every API handler does the same way: read a page or a body, answer with a value, a page or a problem. */
public final class Http {
    private Http() {}

    /** The page asked for with {@code ?offset=&limit=}. */
    public static Page page(Context ctx) {
        Integer offset = integer(ctx, "offset");
        Integer limit = integer(ctx, "limit");
        try {
            return Page.of(offset, limit);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(offset != null && offset < 0 ? "offset" : "limit", e.getMessage());
        }
    }

    private static Integer integer(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, name + " must be a whole number: " + value);
        }
    }

    /** A query parameter the request must carry. */
    public static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new InvalidInput(name, "the query parameter " + name + " is required");
        }
        return value.strip();
    }

    /** Reads a typed id or other value from request text, naming {@code field} when it does not parse. */
    public static <T> T parse(String field, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }

    /**
     * Reads the JSON body as a {@code type}, after setting the fields the URL fixes (a body that names
     * another value for one of them is refused) and filling the fields the server may choose.
     */
    public static <T> T body(Context ctx, Class<T> type, Map<String, ?> fixed, Map<String, ?> defaults) throws IOException {
        JsonNode tree = Json.mapper().readTree(ctx.bodyAsBytes());
        if (!(tree instanceof ObjectNode object)) {
            throw new InvalidInput(null, "the body must be a JSON object");
        }
        for (var field : fixed.entrySet()) {
            JsonNode wanted = Json.mapper().valueToTree(field.getValue());
            JsonNode given = object.get(field.getKey());
            if (given != null && !given.isNull() && !given.equals(wanted)) {
                throw new InvalidInput(field.getKey(), field.getKey() + " is fixed by the URL as " + wanted.asText());
            }
            object.set(field.getKey(), wanted);
        }
        for (var field : defaults.entrySet()) {
            if (!object.hasNonNull(field.getKey())) {
                object.set(field.getKey(), Json.mapper().valueToTree(field.getValue()));
            }
        }
        try {
            return Json.mapper().treeToValue(object, type);
        } catch (JsonMappingException e) {
            throw invalid(e, type);
        }
    }

    /** The field and reason of a body that is JSON but not a valid record. */
    private static InvalidInput invalid(JsonMappingException e, Class<?> type) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse(null);
        Throwable cause = e.getCause();
        if (cause instanceof NullPointerException && cause.getMessage() != null) {
            return new InvalidInput(path == null ? cause.getMessage() : path, cause.getMessage() + " is required");
        }
        if (cause instanceof IllegalArgumentException) {
            return new InvalidInput(path == null ? componentNamedIn(cause.getMessage(), type) : path, cause.getMessage());
        }
        return new InvalidInput(path, e.getOriginalMessage());
    }

    /** The record component a validation message begins with ("title is required"), if any. */
    private static String componentNamedIn(String message, Class<?> type) {
        if (message == null || !type.isRecord()) {
            return null;
        }
        String first = message.split("[ :]", 2)[0];
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> name.equals(first) || name.equals(first + "s"))
                .findFirst().orElse(null);
    }

    /** Answers a page of items as {@code {"items": [...], "page": {"offset", "limit", "total"}}}. */
    public static void paged(Context ctx, Page.Paged<?> paged) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("offset", paged.page().offset());
        page.put("limit", paged.page().limit());
        page.put("total", paged.total());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", paged.items());
        body.put("page", page);
        ctx.json(body);
    }

    /** Answers a page already cut (and audited) by a service when there is one, else 404 naming {@code what}. */
    public static void pageIfFound(Context ctx, Optional<? extends Page.Paged<?>> shown, String what) {
        if (shown.isPresent()) {
            paged(ctx, shown.get());
        } else {
            Problem.refused(ctx, Outcome.notFound(what));
        }
    }

    /** Answers the requested page of a list when there is one, else 404 naming {@code what}. */
    public static void pagedIfFound(Context ctx, Optional<? extends List<?>> all, String what) {
        if (all.isPresent()) {
            paged(ctx, page(ctx).cut(all.get()));
        } else {
            Problem.refused(ctx, Outcome.notFound(what));
        }
    }

    /** Answers the value of a done outcome with {@code status}, or the refusal as a problem. */
    public static void answer(Context ctx, Outcome<?> outcome, int status) {
        if (outcome instanceof Outcome.Done<?> done) {
            ctx.status(status).json(done.value());
        } else {
            Problem.refused(ctx, outcome);
        }
    }

    /** Answers the value when there is one, else 404 naming {@code what}. */
    public static void found(Context ctx, Optional<?> value, String what) {
        if (value.isPresent()) {
            ctx.json(value.get());
        } else {
            Problem.refused(ctx, Outcome.notFound(what));
        }
    }
}
