package org.parley.platform.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import org.parley.interchange.Json;

/** Small ordered lists kept in one text column, written and read with Parley's JSON mapping. */
public final class JsonColumns {
    private JsonColumns() {}

    public static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String column, Class<T> type) {
        try {
            return Json.mapper().readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored JSON column does not read back: " + column, e);
        }
    }

    public static <T> T read(String column, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored JSON column does not read back: " + column, e);
        }
    }
}
