package org.parley.access.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A test client that keeps cookies the way a browser does, and can send any header, body or method. */
final class Browser {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Duration BODY_WAIT = Duration.ofSeconds(2);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "browser-body-timer");
        t.setDaemon(true);
        return t;
    });

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String bearer;

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A page response: status, headers and body text. */
    record Page(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }
    }

    Browser withToken(String token) {
        this.bearer = token;
        return this;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    Page get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    Page postForm(String path, String form, String... headers) {
        return send("POST", path, "application/x-www-form-urlencoded", form, headers);
    }

    Page postJson(String path, String json, String... headers) {
        return send("POST", path, "application/json", json, headers);
    }

    /**
     * Posts a draft-import form as multipart/form-data, the text in a file field as a browser sends
     * it, with {@code csrf} in the form's {@code _csrf} field.
     */
    Page postMultipart(String path, String csrf, String fileText) {
        String boundary = "parley-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("id", "uploaded");
        fields.put("title", "Uploaded draft");
        fields.put("status", "proposed");
        fields.put("audience", "north");
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"points.file\"; filename=\"draft.md\"")
                .append("\r\nContent-Type: text/markdown\r\n\r\n").append(fileText).append("\r\n--").append(boundary).append("--\r\n");
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toString());
    }

    /** Signs in through the JSON login with the CSRF token the server handed this browser; returns the session's token. */
    String signIn(String name, String password) {
        get("/login");
        Page page = postJson("/login", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}",
                "X-CSRF-Token", cookie(WebSecurity.ANONYMOUS_CSRF_COOKIE));
        if (page.status() != 200) {
            throw new IllegalStateException("could not sign in as " + name + ": " + page);
        }
        return page.body().replaceAll(".*\"csrf\":\"([^\"]+)\".*", "$1");
    }

    /** The body, or as much of it as came within {@link #BODY_WAIT}: a live stream never ends by itself. */
    private static String bodyOf(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScheduledFuture<?> cut = TIMER.schedule(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, BODY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        try (in) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException cutOff) {
            if (!cut.isDone()) {
                throw cutOff;
            }
        } finally {
            cut.cancel(false);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The CSRF token a page hands its forms, from its {@code csrf-token} meta tag. */
    static String csrfOf(Page page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">").matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no csrf-token meta tag in " + page.body());
        }
        return m.group(1);
    }

    Page send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || set.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Page(response.statusCode(), response.headers().map(), bodyOf(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
