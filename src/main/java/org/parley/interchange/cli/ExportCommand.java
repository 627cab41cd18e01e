package org.parley.interchange.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.interchange.Bundle;
import org.parley.interchange.Json;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.platform.cli.Failure;
import org.parley.platform.cli.StorageOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley export NEGOTIATION > bundle.json}: the whole record of a negotiation, or what some parties may see of it. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a negotiation as a JSON bundle to standard output; 'parley import bundle' reads it back unchanged.",
                "Without --party the operator's full record is written; with --party only what those parties may see."})
public final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NEGOTIATION", description = "the negotiation's id")
    String negotiation;

    @Option(names = "--party", split = ",", paramLabel = "PARTY", description = "export only what these parties may see")
    List<String> parties = List.of();

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        NegotiationId id = NegotiationId.of(negotiation);
        try (Workbench workbench = storage.open()) {
            Viewer reader = parties.isEmpty() ? workbench.negotiations().operator(id, "command line")
                    : new Viewer("command line", Map.of(id, Set.copyOf(parties.stream().map(PartyId::of).toList())), false);
            Optional<Bundle> bundle = workbench.bundles().export(id, reader);
            if (bundle.isEmpty()) {
                err.println("parley: no negotiation " + negotiation + " (see 'parley serve' and /api/negotiations for the ids)");
                return Failure.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(bundle.get()));
            out.flush();
            return 0;
        }
    }
}
