package org.parley.compare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.compare.ConfirmedLink;

/**
 * Links a person confirms for {@code parley compare}, written {@code OLD=NEW}: {@code 2=2} (a link),
 * {@code 12=8+9} (a split), {@code 5+10=3} (a merge), {@code 3=} (point 3 was dropped) and
 * {@code =10} (point 10 was added). They come from {@code --link} options or from a file with one
 * per line, where blank lines and lines starting with {@code #} are skipped.
 */
final class LinkArguments {

    /** Files of confirmed links larger than this are refused unread. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final String SYNTAX = "OLD=NEW, such as 12=8+9, 3= (dropped) or =10 (added)";

    /** A confirmed link and where it was written ("links.txt:3" or "--link 12=8+9"), for messages. */
    record Entry(ConfirmedLink link, String source) {
    }

    /** A confirmed link that cannot be used; the message names where it was written. */
    static final class BadLink extends Exception {
        BadLink(String message) {
            super(message);
        }
    }

    private LinkArguments() {
    }

    /** The link {@code spec} of a {@code --link} option. */
    static Entry option(String spec) throws BadLink {
        return parse(spec, "--link " + spec);
    }

    /** The links of {@code file}, one per line. */
    static List<Entry> read(Path file) throws BadLink {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new BadLink(name + ": expected a file of confirmed links, not a directory");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadLink(name + ": expected a file of confirmed links of at most " + MAX_BYTES + " bytes, not " + Files.size(file));
            }
            var entries = new ArrayList<Entry>();
            try (BufferedReader reader = Files.newBufferedReader(file, UTF_8)) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    String content = (number == 1 && line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line).strip();
                    if (!content.isEmpty() && !content.startsWith("#")) {
                        entries.add(parse(content, name + ":" + number));
                    }
                }
            }
            return entries;
        } catch (NoSuchFileException e) {
            throw new BadLink(name + ": expected an existing file of confirmed links");
        } catch (CharacterCodingException e) {
            throw new BadLink(name + ": expected UTF-8 text");
        } catch (IOException e) {
            throw new BadLink(name + ": expected a readable file (" + e.getMessage() + ")");
        }
    }

    /**
     * The links of {@code entries}, once each names only points of the drafts and no point is in
     * two of them.
     */
    static List<ConfirmedLink> check(List<Entry> entries, Set<String> oldNumbers, Path oldFile, Set<String> newNumbers, Path newFile)
            throws BadLink {
        Map<String, String> oldSeen = new HashMap<>();
        Map<String, String> newSeen = new HashMap<>();
        for (Entry entry : entries) {
            checkSide(entry, entry.link().from(), oldNumbers, oldFile, oldSeen);
            checkSide(entry, entry.link().to(), newNumbers, newFile, newSeen);
        }
        return entries.stream().map(Entry::link).toList();
    }

    private static void checkSide(Entry entry, List<String> numbers, Set<String> known, Path file, Map<String, String> seen)
            throws BadLink {
        for (String number : numbers) {
            if (!known.contains(number)) {
                throw new BadLink(entry.source() + ": expected points of the drafts, but " + file + " has no point " + number);
            }
            String earlier = seen.putIfAbsent(number, entry.source());
            if (earlier != null) {
                throw new BadLink(entry.source() + ": expected each point in one confirmed link, but point " + number + " of "
                        + file + " is already in " + earlier);
            }
        }
    }

    private static Entry parse(String spec, String source) throws BadLink {
        int equals = spec.indexOf('=');
        if (equals < 0 || spec.indexOf('=', equals + 1) >= 0) {
            throw new BadLink(source + ": expected " + SYNTAX + ", but found \"" + spec + "\"");
        }
        List<String> from = side(spec.substring(0, equals), spec, source);
        List<String> to = side(spec.substring(equals + 1), spec, source);
        try {
            return new Entry(new ConfirmedLink(from, to), source);
        } catch (IllegalArgumentException e) {
            throw new BadLink(source + ": expected " + SYNTAX + " (" + e.getMessage() + ")");
        }
    }

    private static List<String> side(String text, String spec, String source) throws BadLink {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> numbers = Arrays.stream(text.split("\\+", -1)).map(String::strip).toList();
        if (numbers.stream().anyMatch(String::isEmpty) || Set.copyOf(numbers).size() < numbers.size()) {
            throw new BadLink(source + ": expected " + SYNTAX + ", each point once, but found \"" + spec + "\"");
        }
        return numbers;
    }
}
