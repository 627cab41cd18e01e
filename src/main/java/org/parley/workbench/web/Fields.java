package org.parley.workbench.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.parley.access.Audience;
import org.parley.negotiation.Certainty;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.Source;
import org.parley.platform.web.Form;

/** Reads the fields of a submitted form into values, collecting a message for each field it refuses. */
final class Fields {
    private final Form form;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Starts from the messages the form already carries (a file that could not be read, say). */
    Fields(Form form) {
        this.form = form;
        errors.putAll(form.errors());
    }

    /** The field's value read by {@code parse}; null, with the message kept, when blank and required or refused. */
    <T> T read(String field, boolean required, Function<String, T> parse) {
        String value = form.value(field);
        if (value.isEmpty()) {
            if (required) {
                refuse(field, "required");
            }
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            refuse(field, e.getMessage());
            return null;
        }
    }

    /** An uploaded file read by {@code parse}; null, with the message kept beside {@code field}, when refused. */
    <T> T readFile(String field, byte[] content, Function<byte[], T> parse) {
        try {
            return parse.apply(content);
        } catch (IllegalArgumentException e) {
            refuse(field, e.getMessage());
            return null;
        }
    }

    String text(String field, boolean required) {
        return read(field, required, Function.identity());
    }

    <T> List<T> list(String field, Function<String, T> parse) {
        try {
            return form.list(field).stream().map(parse).toList();
        } catch (IllegalArgumentException e) {
            refuse(field, e.getMessage());
            return List.of();
        }
    }

    LocalDate date(String field, boolean required) {
        return read(field, required, LocalDate::parse);
    }

    Audience audience() {
        return read("audience", true, Audience::parse);
    }

    /** The source fields: how sure we are, and the outlet that reported it, if any. */
    Provenance provenance() {
        Certainty certainty = read("certainty", false, c -> Certainty.valueOf(c.toUpperCase(Locale.ROOT)));
        String outlet = form.value("outlet");
        if (outlet.isEmpty()) {
            if (!form.value("url").isEmpty()) {
                refuse("outlet", "name the outlet the link is from");
            }
            return certainty == null ? Provenance.FIRST_HAND : new Provenance(certainty, List.of());
        }
        Source source = read("url", false, url -> new Source(outlet, form.value("relation"), url, null));
        return new Provenance(certainty == null ? Certainty.REPORTED : certainty,
                List.of(source == null ? new Source(outlet, form.value("relation")) : source));
    }

    void refuse(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    Map<String, String> errors() {
        return Map.copyOf(errors);
    }
}
