package org.parley.platform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.access.cli.DemoLogins;
import org.parley.interchange.Bundle;
import org.parley.interchange.Json;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.platform.web.ClientAddress;
import org.parley.platform.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley demo}: the workbench on a fresh database with the seed peace talks and a fictional treaty loaded. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts Parley with two demo negotiations loaded, and prints the URL and the logins.",
                "On an empty temporary database (or --data/--db) it loads the Ukraine peace talks 2025 as rebuilt "
                        + "from public reporting, and a fictional river treaty worked inside Parley."})
public final class DemoCommand implements Callable<Integer> {
    /** The demo negotiations, as bundles on the class path. */
    public static final List<String> BUNDLES = List.of("/demo/ukraine-2025.json", "/demo/river-treaty.json");

    @Mixin
    StorageOptions storage;

    @Mixin
    ServeCommand.ServerOptions server;

    @Option(names = "--no-wait", description = "load, print the URL, and exit instead of serving until stopped")
    boolean noWait;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ClientAddress clients = server.clients();
        Path temporary = storage.given() ? null : Files.createTempDirectory("parley-demo");
        try (Workbench workbench = temporary == null ? storage.open() : Workbench.open(null, temporary)) {
            for (String resource : BUNDLES) {
                Bundle bundle = load(resource);
                Outcome<Bundle> outcome = workbench.bundles().importBundle(bundle, new Viewer("Parley demo", Map.of(), false));
                if (outcome instanceof Outcome.Conflict<?>) {
                    System.out.println("Already loaded: " + bundle.negotiation().title());
                } else if (!outcome.isDone()) {
                    return Failure.report(new PrintWriter(System.err, true), "loading " + resource, outcome);
                } else {
                    System.out.println("Loaded: " + bundle.negotiation().title() + " (" + bundle.describe() + ")");
                }
            }
            ServeCommand.printFirstAdministrator(workbench);
            System.out.println();
            System.out.println("Sign in as a party to see what it may see (confidential records stay with their audience):");
            DemoLogins.create(workbench.accounts(), List.of(NegotiationId.of("ukraine-2025"), NegotiationId.of("river-treaty")),
                    new PrintWriter(System.out, true));
            System.out.println();
            try (WebServer web = workbench.serve(server.host, server.port, clients)) {
                System.out.println("Parley demo: http://" + server.host + ":" + web.port() + "/");
                System.out.println("API:         http://" + server.host + ":" + web.port() + "/api/negotiations");
                if (!noWait) {
                    System.out.println("Stop with Ctrl-C.");
                    ServeCommand.waitForShutdown();
                }
            }
        } finally {
            if (temporary != null) {
                deleteTree(temporary);
            }
        }
        return 0;
    }

    /** Reads one of the demo bundles from the class path. */
    public static Bundle load(String resource) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("demo data missing from the build: " + resource);
            }
            return Json.mapper().readValue(in, Bundle.class);
        }
    }

    /** Removes {@code root} and everything below it. */
    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
