package org.parley.workbench.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A client of a server-sent event stream that waits until the server listens and collects the data of each event. */
final class EventStream implements AutoCloseable {
    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
    private final CountDownLatch listening = new CountDownLatch(1);
    private final HttpResponse<Stream<String>> response;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> response.body().filter(line -> line.startsWith("data:"))
                .map(line -> line.substring("data:".length()).strip())
                .forEach(line -> {
                    if (line.equals(LiveRoutes.LISTENING)) {
                        listening.countDown();
                    } else {
                        data.add(line);
                    }
                }), "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(String url, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (headers.length > 0) {
            request.headers(headers);
        }
        var stream = new EventStream(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        if (stream.status() == 200 && !stream.listening.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the stream at " + url + " never said it was listening");
        }
        return stream;
    }

    int status() {
        return response.statusCode();
    }

    /** The data of the next event, or null when none comes within {@code wait}. */
    String next(Duration wait) throws InterruptedException {
        return data.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        response.body().close();
    }
}
