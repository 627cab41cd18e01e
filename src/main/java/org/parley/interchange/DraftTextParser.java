package org.parley.interchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft from the bytes of a file in one of the DESIGN.md text formats: numbered plain
 * text / Markdown, JSON ({@code {"title": ..., "points": [{"number": ..., "text": ...}]}}), or
 * legal XML (Akoma Ntoso, USLM, SPDX License-XML; see {@link XmlDrafts}), or a Word document
 * ({@link DocxReader}). Plain text that opens and closes its "TERMS AND CONDITIONS", as the GNU
 * and Apache licences do, is read by {@link PlainLicenceReader} when that finds its sections. Refusals come
 * back as {@link Malformed} values naming the line; no input makes it throw.
 */
public final class DraftTextParser {

    /** The size limit of a parser made without one: 10 MiB. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    /** A roman numeral up to 39 in one case ({@code iv}, {@code XII}), as Word numbers sub-items: a segment after a dot. */
    private static final String ROMAN = "(?=[ivxIVX])(?:x{0,3}(?:ix|iv|v?i{0,3})|X{0,3}(?:IX|IV|V?I{0,3}))";
    private static final Pattern POINT_LINE = Pattern.compile(
            "^\\s{0,3}(\\*\\*)?\\s*(?:(?:V|Art\\.|Article|§)\\s*)?"
                    + "(\\d+[A-Za-z]*(?:\\.(?:\\d+[A-Za-z]*|[A-Za-z]|" + ROMAN + "))*)"
                    + "([.):])?(\\*\\*)?(?:\\s+(.*))?$");
    private static final Pattern HEADING_LINE = Pattern.compile("^\\s{0,3}#{1,6}\\s*(.*?)\\s*#*\\s*$");

    private final int maxBytes;

    /** A parser that refuses files over {@link #DEFAULT_MAX_BYTES}. */
    public DraftTextParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A parser that refuses files over {@code maxBytes}. */
    public DraftTextParser(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads {@code content}, naming it {@code sourceName} in any refusal. */
    public DraftParseResult parse(String sourceName, byte[] content) {
        if (content.length > maxBytes) {
            return new Malformed(sourceName, 0,
                    "a draft file of at most " + maxBytes + " bytes, not " + content.length);
        }
        if (DocxReader.looksLikeZip(content)) {
            return DocxReader.read(sourceName, content);
        }
        var decoded = decodeUtf8(sourceName, content);
        if (decoded instanceof Malformed malformed) {
            return malformed;
        }
        String text = ((Decoded) decoded).text();
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            return new Malformed(sourceName, lineOf(text, nul), "text without NUL characters");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            return XmlDrafts.read(sourceName, content);
        }
        if (start.startsWith("{")) {
            return JsonDraftReader.read(sourceName, text);
        }
        if (PlainLicenceReader.namesItsTerms(text) && PlainLicenceReader.read(sourceName, text) instanceof ParsedDraft licence) {
            return licence;
        }
        return readNumberedText(sourceName, text);
    }

    /** Text decoded from a file's bytes. */
    record Decoded(String text) {
    }

    /** {@code content} as a {@link Decoded} text, or a {@link Malformed} naming the line of its first invalid byte. */
    static Object decodeUtf8(String sourceName, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            return new Malformed(sourceName, line, "UTF-8 text (invalid byte sequence at byte " + in.position() + ")");
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString());
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Reads numbered text already decoded; for formats that are turned into it (Word documents). */
    static DraftParseResult readNumberedText(String sourceName, String text) {
        String[] lines = text.split("\r?\n|\r", -1);
        String title = null;
        String section = "";
        var preamble = new StringBuilder();
        var points = new ArrayList<ParsedPoint>();
        Map<String, Integer> firstLine = new HashMap<>();
        PointBuilder current = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            Matcher heading = HEADING_LINE.matcher(line);
            if (heading.matches()) {
                if (current != null) {
                    points.add(current.build());
                    current = null;
                }
                if (title == null && points.isEmpty()) {
                    title = heading.group(1);
                } else {
                    section = heading.group(1);
                }
                continue;
            }
            String number = pointNumber(line);
            if (number != null) {
                Integer earlier = firstLine.putIfAbsent(number, lineNumber);
                if (earlier != null) {
                    return new Malformed(sourceName, lineNumber,
                            "a new point number, but \"" + number + "\" was used on line " + earlier);
                }
                if (current != null) {
                    points.add(current.build());
                }
                current = new PointBuilder(number, section, lineNumber, pointText(line));
            } else if (current != null) {
                current.add(line);
            } else {
                preamble.append(line).append('\n');
            }
        }
        if (current != null) {
            points.add(current.build());
        }
        if (points.isEmpty()) {
            return new Malformed(sourceName, Math.max(1, lines.length),
                    "at least one numbered point, such as a line starting \"1.\"");
        }
        return new ParsedDraft(title == null ? baseName(sourceName) : title, preamble.toString().strip(), points);
    }

    private static String pointNumber(String line) {
        Matcher m = POINT_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String number = m.group(2);
        boolean ended = m.group(3) != null;
        boolean bare = m.group(5) == null && m.group(4) == null;
        if (!ended && (!number.contains(".") || bare)) {
            return null;
        }
        return number;
    }

    private static String pointText(String line) {
        Matcher m = POINT_LINE.matcher(line);
        if (!m.matches() || m.group(5) == null) {
            return "";
        }
        String rest = m.group(5).strip();
        if (m.group(1) != null && m.group(4) == null && rest.endsWith("**")) {
            rest = rest.substring(0, rest.length() - 2).strip();
        }
        return rest;
    }

    private static String baseName(String sourceName) {
        String name = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static final class PointBuilder {
        private final String number;
        private final String section;
        private final int line;
        private final StringBuilder text;

        PointBuilder(String number, String section, int line, String firstLine) {
            this.number = number;
            this.section = section;
            this.line = line;
            this.text = new StringBuilder(firstLine);
        }

        void add(String continuation) {
            text.append('\n').append(continuation.strip());
        }

        ParsedPoint build() {
            return new ParsedPoint(number, text.toString().strip(), section, line);
        }
    }
}
