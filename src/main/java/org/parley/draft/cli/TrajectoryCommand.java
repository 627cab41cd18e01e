package org.parley.draft.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.compare.Station;
import org.parley.compare.Trajectory;
import org.parley.draft.DraftId;
import org.parley.draft.PointNumber;
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

/** {@code parley trajectory NEGOTIATION DRAFT POINT}: where a point went in later drafts, and where it came from. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = {"Follows a point through the lineage of drafts.",
                "Which points it became in each later draft and which points it came from, from the pairwise "
                        + "alignments (confirmed links first), and how at each step: \"E 8 + 9 (split)\". Where the point "
                        + "was dropped, the points the engine suggests are followed too: \"E (dropped; perhaps 10)\". "
                        + "Drafts whose text is not held are stepped over."})
public final class TrajectoryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NEGOTIATION", description = "the negotiation's id")
    String negotiation;

    @Parameters(index = "1", paramLabel = "DRAFT", description = "the draft the point is in")
    String draft;

    @Parameters(index = "2", paramLabel = "POINT", description = "the point's number in that draft, e.g. 21 or 2.1.3")
    String point;

    @Option(names = "--party", split = ",", paramLabel = "PARTY", description = "follow only what these parties may read")
    List<String> parties = List.of();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    /** Output formats. */
    enum Format { text, json }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        NegotiationId id;
        DraftId draftId;
        PointNumber number;
        try {
            id = NegotiationId.of(negotiation);
            draftId = DraftId.of(draft);
            number = PointNumber.of(point);
        } catch (IllegalArgumentException e) {
            err.println("parley: " + e.getMessage());
            return Failure.BAD_INPUT;
        }
        try (Workbench workbench = storage.open()) {
            Viewer reader = parties.isEmpty() ? workbench.negotiations().operator(id, "command line")
                    : new Viewer("command line", Map.of(id, parties.stream().map(PartyId::of).collect(Collectors.toSet())), false);
            Optional<Trajectory> trajectory = workbench.lineage().trajectory(id, draftId, number, reader);
            if (trajectory.isEmpty()) {
                err.println("parley: no readable point " + point + " in draft " + draft + " of negotiation " + negotiation);
                return Failure.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == Format.json ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(trajectory.get()) + "\n"
                    : text(trajectory.get()));
            out.flush();
            return 0;
        }
    }

    private static String text(Trajectory t) {
        StringBuilder out = new StringBuilder("Point " + t.point() + " of draft " + t.draft() + "\n");
        out.append("  became:    ").append(stations(t.later())).append('\n');
        out.append("  came from: ").append(stations(t.earlier())).append('\n');
        return out.toString();
    }

    private static String stations(List<Station> stations) {
        if (stations.isEmpty()) {
            return "-";
        }
        return stations.stream()
                .map(TrajectoryCommand::station)
                .collect(Collectors.joining(", "));
    }

    /** "E 9 (reworded)", "E 8 + 9 (split; perhaps 10)", "E (dropped)", "E (dropped; perhaps 10)" or "E 17 (reworded; words also in 19)". */
    private static String station(Station s) {
        String perhaps = (s.perhaps().isEmpty() ? "" : "; perhaps " + String.join(" + ", s.perhaps()))
                + (s.carried().isEmpty() ? "" : "; words also in " + String.join(" + ", s.carried()));
        if (s.points().isEmpty()) {
            return s.draft() + " (dropped" + perhaps + ")";
        }
        return s.draft() + " " + String.join(" + ", s.points()) + " (" + String.join(", ", s.kinds()) + perhaps + ")";
    }
}
