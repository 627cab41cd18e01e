package org.parley.compare.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.compare.Aligner;
import org.parley.compare.Alignment;
import org.parley.compare.ConfirmedLink;
import org.parley.interchange.AlignmentJson;
import org.parley.interchange.DraftParseResult;
import org.parley.interchange.Malformed;
import org.parley.interchange.ParsedDraft;
import org.parley.interchange.ParsedPoint;
import org.parley.interchange.Redline;
import org.parley.interchange.RedlinePage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley compare OLD NEW}: which points of OLD became which points of NEW, and how. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Aligns the points of two drafts, with a word redline.",
                "Each point is kept, renumbered, reworded, moved, merged, split, dropped or added. Files: numbered "
                        + "text/Markdown, JSON {\"title\":..., \"points\":[{\"number\":..., \"text\":...}]}, legal XML (Akoma "
                        + "Ntoso 3.0, USLM, SPDX License-XML) or Word (.docx)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the drafts were compared", "1:bad input (the message names the file and line)", "2:usage error"})
public final class CompareCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, html }

    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier draft")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later draft")
    private Path newFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json (the contract in DESIGN.md) or html; default ${DEFAULT-VALUE}")
    private Format format;

    @Option(names = "--only-changes", description = "leave out the points kept as they were (text; html starts with them hidden)")
    private boolean onlyChanges;

    @Option(names = "--link", paramLabel = "OLD=NEW",
            description = {"a link you confirm, kept as given while the rest is aligned around it: 2=2, 12=8+9 (split), "
                    + "5+10=3 (merged), 3= (dropped) or =10 (added); repeat for more"})
    private List<String> links = List.of();

    @Option(names = "--links", paramLabel = "FILE",
            description = "a file of confirmed links, one OLD=NEW per line (# starts a comment)")
    private Path linksFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DraftParseResult from = DraftFiles.read(oldFile);
        DraftParseResult to = DraftFiles.read(newFile);
        PrintWriter err = spec.commandLine().getErr();
        if (from instanceof Malformed malformed) {
            err.println(malformed.message());
            return 1;
        }
        if (to instanceof Malformed malformed) {
            err.println(malformed.message());
            return 1;
        }
        ParsedDraft old = (ParsedDraft) from;
        ParsedDraft neu = (ParsedDraft) to;
        List<ConfirmedLink> confirmed;
        try {
            confirmed = confirmedLinks(old, neu);
        } catch (LinkArguments.BadLink e) {
            err.println(e.getMessage());
            return 1;
        }
        Alignment alignment = new Aligner().align(DraftFiles.points(old), DraftFiles.points(neu), confirmed);
        Redline redline = Redline.of(old, neu, alignment, confirmed);
        if (format == Format.json) {
            redline.languageNote().ifPresent(note -> err.println("parley: note: " + note));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> AlignmentJson.write(old.title(), old.points().size(), neu.title(), neu.points().size(), alignment) + "\n";
            case html -> new RedlinePage(onlyChanges).render(redline);
            case text -> new TextRenderer(System.console() != null, onlyChanges).render(redline);
        });
        out.flush();
        return 0;
    }

    private List<ConfirmedLink> confirmedLinks(ParsedDraft old, ParsedDraft neu) throws LinkArguments.BadLink {
        var entries = new ArrayList<LinkArguments.Entry>();
        if (linksFile != null) {
            entries.addAll(LinkArguments.read(linksFile));
        }
        for (String link : links) {
            entries.add(LinkArguments.option(link));
        }
        return LinkArguments.check(entries, numbers(old), oldFile, numbers(neu), newFile);
    }

    private static Set<String> numbers(ParsedDraft draft) {
        return draft.points().stream().map(ParsedPoint::number).collect(Collectors.toSet());
    }
}
