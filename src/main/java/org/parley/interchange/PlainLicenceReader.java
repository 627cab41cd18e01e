package org.parley.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the terms of a licence in plain text, laid out as the GNU licences are (Debian ships
 * them in {@code /usr/share/common-licenses}): numbered sections ({@code "  0. This License
 * applies"}) open a paragraph, and lettered items under a section open a paragraph
 * ({@code "    a) You must cause"}, {@code "(a) You must give"}) or a line ({@code "A. Use in the
 * Title Page"}). Sections
 * and items count in order, so a line inside a paragraph that happens to begin with a number or
 * a letter out of turn ({@code "7.  This requirement"}) stays text. A section is point
 * {@code "N"}, an item {@code "N.x"} (its letter in lower case). A paragraph after a section's
 * items that is indented no deeper than the section's first line belongs to the section again.
 * Only the terms are read: after a line naming the "TERMS AND CONDITIONS" where there is one, up
 * to "END OF TERMS AND CONDITIONS", "How to Apply These Terms" or an "ADDENDUM".
 */
public final class PlainLicenceReader {

    private static final Pattern SECTION = Pattern.compile("^(\\s*)(\\d{1,4})\\.\\s+(\\S.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\(?([a-z])\\)|([A-Z])\\.)\\s+(\\S.*)$");

    /** The indent from which a line standing alone is read as a centred heading. */
    private static final int CENTRED = 10;

    private static final Pattern OPENS_TERMS = Pattern.compile("(?m)^\\s*TERMS AND CONDITIONS");
    private static final Pattern CLOSES_TERMS = Pattern.compile("(?m)^\\s*END OF TERMS AND CONDITIONS");

    private PlainLicenceReader() {
    }

    /**
     * Whether {@code text} is laid out as these licences are: a line opening its terms ("TERMS AND
     * CONDITIONS FOR COPYING...") and one closing them ("END OF TERMS AND CONDITIONS"). A contract
     * with a heading "Terms and conditions" and clauses 1.1, 1.2 has no closing line and stays
     * numbered text.
     */
    static boolean namesItsTerms(String text) {
        return OPENS_TERMS.matcher(text).find() && CLOSES_TERMS.matcher(text).find();
    }

    public static DraftParseResult read(String sourceName, byte[] content) {
        Object decoded = DraftTextParser.decodeUtf8(sourceName, content);
        if (decoded instanceof Malformed malformed) {
            return malformed;
        }
        return read(sourceName, ((DraftTextParser.Decoded) decoded).text());
    }

    /** Reads the licence in {@code text}, already decoded. */
    static DraftParseResult read(String sourceName, String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        int start = startOfTerms(lines);
        var sections = new ArrayList<Section>();
        boolean afterBlank = true;
        for (int i = start; i < lines.length && !endsTerms(lines[i]); i++) {
            String line = lines[i];
            if (line.isBlank() || isCentredHeading(lines, i)) {
                afterBlank = true;
                continue;
            }
            Section section = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            Matcher opensSection = SECTION.matcher(line);
            Matcher opensItem = ITEM.matcher(line);
            if (afterBlank && opensSection.matches() && opensNext(section, Integer.parseInt(opensSection.group(2)))) {
                sections.add(new Section(Integer.parseInt(opensSection.group(2)), opensSection.group(1).length(),
                        new Part(opensSection.group(3), i + 1)));
            } else if (section != null && opensItem.matches() && (afterBlank || opensItem.group(2) != null)
                    && letter(opensItem) == section.nextLetter()) {
                section.items.add(new Part(opensItem.group(3), i + 1));
            } else if (section != null) {
                if (afterBlank && !section.items.isEmpty() && indent(line) <= section.indent) {
                    section.itemsClosed = true;
                }
                (section.items.isEmpty() || section.itemsClosed ? section.text : section.lastItem()).add(line);
            }
            afterBlank = false;
        }
        if (sections.isEmpty()) {
            return new Malformed(sourceName, start + 1, "numbered sections of licence terms (\"0. This License ...\")");
        }
        return new ParsedDraft(title(lines), "", points(sections));
    }

    /** A line standing alone and indented far, such as "NO WARRANTY" between two sections. */
    private static boolean isCentredHeading(String[] lines, int i) {
        return indent(lines[i]) >= CENTRED && (i == 0 || lines[i - 1].isBlank()) && (i + 1 == lines.length || lines[i + 1].isBlank());
    }

    private static boolean opensNext(Section last, int number) {
        return last == null ? number <= 1 : number == last.number + 1;
    }

    private static char letter(Matcher item) {
        return Character.toLowerCase((item.group(1) != null ? item.group(1) : item.group(2)).charAt(0));
    }

    private static int startOfTerms(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (OPENS_TERMS.matcher(lines[i]).lookingAt()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean endsTerms(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("END OF TERMS AND CONDITIONS") || trimmed.contains("How to Apply These Terms")
                || trimmed.startsWith("ADDENDUM");
    }

    private static String title(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        return indent;
    }

    private static List<ParsedPoint> points(List<Section> sections) {
        var points = new ArrayList<ParsedPoint>();
        for (Section section : sections) {
            String number = Integer.toString(section.number);
            points.add(new ParsedPoint(number, section.text.joined(), "", section.text.line));
            for (int k = 0; k < section.items.size(); k++) {
                Part item = section.items.get(k);
                points.add(new ParsedPoint(number + "." + (char) ('a' + k), item.joined(), "", item.line));
            }
        }
        return points;
    }

    /** The lines of a section's own text or of one item, joined with single spaces. */
    private static final class Part {
        private final StringBuilder text = new StringBuilder();
        private final int line;

        Part(String first, int line) {
            this.line = line;
            add(first);
        }

        void add(String line) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(line.strip());
        }

        String joined() {
            return text.toString().replaceAll("\\s+", " ");
        }
    }

    private static final class Section {
        private final int number;
        private final int indent;
        private final Part text;
        private final List<Part> items = new ArrayList<>();
        private boolean itemsClosed;

        Section(int number, int indent, Part text) {
            this.number = number;
            this.indent = indent;
            this.text = text;
        }

        char nextLetter() {
            return itemsClosed ? 0 : (char) ('a' + items.size());
        }

        Part lastItem() {
            return items.get(items.size() - 1);
        }
    }
}
