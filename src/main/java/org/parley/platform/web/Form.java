package org.parley.platform.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTML form as submitted, or as first shown with its defaults, and the messages to show beside
 * the fields that were refused. Fields with several values (checkboxes) are kept joined by commas.
 */
public record Form(Map<String, String> values, Map<String, String> errors) {
    public Form {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    /** The submitted body of a POST. */
    public static Form of(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, list) -> values.put(name, String.join(",", list).strip()));
        return new Form(values, Map.of());
    }

    /** A form shown for the first time, with these values filled in. */
    public static Form filled(Map<String, String> defaults) {
        return new Form(defaults, Map.of());
    }

    public Form withErrors(Map<String, String> refused) {
        return new Form(values, refused);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The values of a multi-valued field. */
    public List<String> list(String field) {
        return Arrays.stream(value(field).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether {@code option} is among the values of {@code field}: for checked boxes and selected options. */
    public boolean has(String field, String option) {
        return list(field).contains(option);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The message for the whole form, not one field (a clash with the record, say). */
    public String formError() {
        return errors.get("");
    }
}
