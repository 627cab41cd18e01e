package org.parley.interchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.Workbench;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.draft.Derivation;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.DraftStatus;
import org.parley.draft.Point;
import org.parley.draft.PointNumber;
import org.parley.interchange.Bundle;
import org.parley.interchange.DraftParseResult;
import org.parley.interchange.DraftTextParser;
import org.parley.interchange.Json;
import org.parley.interchange.Malformed;
import org.parley.interchange.ParsedDraft;
import org.parley.negotiation.Ids;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Text;
import org.parley.platform.cli.Failure;
import org.parley.platform.cli.StorageOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley import draft|bundle}: brings a draft text or a whole negotiation into the record. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports a draft into a negotiation, or a whole negotiation bundle.",
        subcommands = {ImportCommand.DraftFile.class, ImportCommand.BundleFile.class},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:imported", "1:bad input, nothing imported", "2:usage error"})
public final class ImportCommand {

    /** {@code parley import draft FILE --negotiation ID}. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = {"Imports a draft into a negotiation.",
                    "The file is numbered text/Markdown, JSON ({\"title\":..., \"points\":[...]}), legal XML (Akoma Ntoso "
                            + "3.0, USLM, SPDX License-XML) or Word (.docx). Malformed files are refused with the line at "
                            + "fault; nothing is stored then."})
    static final class DraftFile implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the draft text")
        Path file;

        @Option(names = "--negotiation", required = true, paramLabel = "ID", description = "the negotiation it belongs to")
        String negotiation;

        @Option(names = "--id", paramLabel = "ID", description = "the draft's id (default: a random one)")
        String id;

        @Option(names = "--title", paramLabel = "TEXT", description = "title (default: the file's title or name)")
        String title;

        @Option(names = "--authors", split = ",", paramLabel = "PARTY", description = "authoring parties, comma-separated")
        List<String> authors = List.of();

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date of the draft")
        LocalDate date;

        @Option(names = "--audience", defaultValue = "public", paramLabel = "WHO",
                description = "who may read it: public, or party ids like us,ru (default: ${DEFAULT-VALUE})")
        String audience;

        @Option(names = "--derived-from", paramLabel = "DRAFT", description = "the draft this one amends")
        String derivedFrom;

        @Mixin
        StorageOptions storage;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            DraftParseResult parsed = read(file);
            if (parsed instanceof Malformed malformed) {
                err.println("parley: " + malformed.message());
                return Failure.BAD_INPUT;
            }
            ParsedDraft text = (ParsedDraft) parsed;
            Draft draft;
            try {
                draft = new Draft(NegotiationId.of(negotiation), DraftId.of(id == null ? Ids.random() : id),
                        title != null ? title : text.title().isBlank() ? file.getFileName().toString() : text.title(),
                        authors.stream().map(PartyId::of).toList(), date, DraftStatus.PROPOSED, Audience.parse(audience), null, null,
                        text.preamble(),
                        text.points().stream().map(p -> new Point(PointNumber.of(p.number()), p.text(), p.section(), List.of())).toList(),
                        derivedFrom == null ? List.of() : List.of(new Derivation(DraftId.of(derivedFrom), Derivation.Kind.AMENDS)),
                        null, "imported from " + file.getFileName());
            } catch (IllegalArgumentException e) {
                err.println("parley: " + file + ": " + e.getMessage());
                return Failure.BAD_INPUT;
            }
            try (Workbench workbench = storage.open()) {
                Outcome<Draft> outcome = workbench.drafts().add(draft, workbench.negotiations().operator(draft.negotiationId(), "command line"));
                if (!outcome.isDone()) {
                    return Failure.report(err, file.toString(), outcome);
                }
                spec.commandLine().getOut().println("Imported draft " + draft.id() + " (" + Text.counted(draft.points().size(), "point") + ") into "
                        + draft.negotiationId());
                return 0;
            }
        }
    }

    /** {@code parley import bundle FILE}. */
    @Command(name = "bundle", mixinStandardHelpOptions = true,
            description = "Imports a whole negotiation written by 'parley export'; refused whole if any record breaks a rule.")
    static final class BundleFile implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "a bundle written by parley export")
        Path file;

        @Mixin
        StorageOptions storage;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Bundle bundle;
            try {
                bundle = Json.mapper().readValue(file.toFile(), Bundle.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                var at = e.getLocation();
                err.println("parley: " + file + (at == null ? "" : ":" + at.getLineNr()) + ": not a Parley bundle: " + e.getOriginalMessage());
                return Failure.BAD_INPUT;
            } catch (IOException e) {
                err.println("parley: " + file + ": cannot read: " + e.getMessage());
                return Failure.BAD_INPUT;
            }
            try (Workbench workbench = storage.open()) {
                Outcome<Bundle> outcome = workbench.bundles().importBundle(bundle, new Viewer("command line", Map.of(), false));
                if (!outcome.isDone()) {
                    return Failure.report(err, file.toString(), outcome);
                }
                spec.commandLine().getOut().println("Imported negotiation " + bundle.negotiation().id() + ": " + bundle.describe());
                return 0;
            }
        }
    }

    static DraftParseResult read(Path path) {
        try {
            if (Files.size(path) > DraftTextParser.DEFAULT_MAX_BYTES) {
                return new Malformed(path.toString(), 0, "a draft of at most " + DraftTextParser.DEFAULT_MAX_BYTES + " bytes");
            }
            return new DraftTextParser().parse(path.toString(), Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return new Malformed(path.toString(), 0, "an existing file");
        } catch (IOException e) {
            return new Malformed(path.toString(), 0, "a readable file (" + e.getMessage() + ")");
        }
    }
}
