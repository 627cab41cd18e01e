package org.parley.compare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.parley.compare.PointText;
import org.parley.interchange.DraftParseResult;
import org.parley.interchange.DraftTextParser;
import org.parley.interchange.Malformed;
import org.parley.interchange.ParsedDraft;
import org.parley.interchange.ParsedPoint;

/**
 * Reads draft files for the command line. {@code compare} accepts files up to 64 MiB and drafts
 * up to 50,000 points (a 50 MB file parses; aligning more points than that is refused rather
 * than left to run for minutes).
 */
final class DraftFiles {

    static final int MAX_BYTES = 64 * 1024 * 1024;
    static final int MAX_POINTS = 50_000;

    private DraftFiles() {
    }

    static DraftParseResult read(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return new Malformed(name, 0, "a draft file, not a directory");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return new Malformed(name, 0, "a draft file of at most " + MAX_BYTES + " bytes, not " + size);
            }
            DraftParseResult result = new DraftTextParser(MAX_BYTES).parse(name, Files.readAllBytes(path));
            if (result instanceof ParsedDraft draft && draft.points().size() > MAX_POINTS) {
                return new Malformed(name, draft.points().get(MAX_POINTS).line(), "at most " + MAX_POINTS + " points");
            }
            return result;
        } catch (NoSuchFileException e) {
            return new Malformed(name, 0, "an existing file");
        } catch (IOException e) {
            return new Malformed(name, 0, "a readable file (" + e.getMessage() + ")");
        }
    }

    static List<PointText> points(ParsedDraft draft) {
        return draft.points().stream().map(p -> new PointText(p.number(), textWithoutLineBreaks(p))).toList();
    }

    private static String textWithoutLineBreaks(ParsedPoint point) {
        return point.text().replace('\n', ' ');
    }
}
