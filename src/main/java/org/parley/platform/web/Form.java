package org.parley.platform.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTML form as submitted, or as first shown with its defaults, and the messages to show beside
 * the fields that were refused. Fields with several values (checkboxes) are kept joined by commas.
 * A form sent as {@code multipart/form-data} may carry, for a text field {@code F}, a file in the
 * field {@code F.file} of at most {@link #MAX_FILE_BYTES}: it stands in for {@code F}, which must
 * then be left blank, and is kept as bytes for the use case to read in whatever format it takes.
 */
public record Form(Map<String, String> values, Map<String, String> errors, Map<String, byte[]> files) {
    /** The largest file a form takes. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** The suffix of a file field that stands in for the text field it is named after. */
    public static final String FILE_SUFFIX = ".file";

    public Form {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        files = Map.copyOf(files);
    }

    public Form(Map<String, String> values, Map<String, String> errors) {
        this(values, errors, Map.of());
    }

    /** The submitted body of a POST; a file that cannot stand in for its text field leaves a message beside it. */
    public static Form of(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, list) -> values.put(name, String.join(",", list).strip()));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (ctx.isMultipartFormData()) {
            ctx.uploadedFileMap().forEach((name, uploaded) -> {
                if (name.endsWith(FILE_SUFFIX) && !uploaded.isEmpty() && uploaded.get(0).size() > 0) {
                    String field = name.substring(0, name.length() - FILE_SUFFIX.length());
                    UploadedFile file = uploaded.get(0);
                    if (!values.getOrDefault(field, "").isEmpty()) {
                        errors.put(name, "paste the text or choose a file, not both");
                    } else if (file.size() > MAX_FILE_BYTES) {
                        errors.put(name, file.filename() + " is larger than " + MAX_FILE_BYTES / 1024 + " KB");
                    } else {
                        files.put(field, contentOf(file));
                    }
                }
            });
        }
        return new Form(values, errors, files);
    }

    private static byte[] contentOf(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded file", e);
        }
    }

    /** The file that stands in for {@code field}, if one was sent. */
    public Optional<byte[]> file(String field) {
        return Optional.ofNullable(files.get(field));
    }

    /** A form shown for the first time, with these values filled in. */
    public static Form filled(Map<String, String> defaults) {
        return new Form(defaults, Map.of());
    }

    /** This form with {@code refused} added to the messages it already has. */
    public Form withErrors(Map<String, String> refused) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        all.putAll(refused);
        return new Form(values, all, files);
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
