package org.parley.interchange;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Word's automatic numbering (word/numbering.xml) played forward paragraph by paragraph: the
 * counters of each list and the number each numbered paragraph shows. A level whose text does not
 * repeat its parents' numbers ("(%2)" under "%1.") is prefixed with its parent's, so an item
 * lettered b under point 3 is {@code 3.b}. Bullets and unnumbered levels give no number.
 *
 * <p>As in Word (ECMA-376 part 1, 17.9), the counters belong to the abstract list: paragraphs of
 * two lists ({@code w:num}) built on one abstract list count on from each other, unless a list
 * overrides a level ({@code w:lvlOverride}), which restarts that level at its
 * {@code w:startOverride} where the list is first used, or redefines it with its own
 * {@code w:lvl}.
 */
final class Numbering {
    private static final int LEVELS = 9;
    private static final int NOT_STARTED = -1;

    /** One level of a list: how its counter is shown and where it starts. */
    private record Level(String format, String text, int start) {}

    /** A list paragraphs refer to (a numbering instance, {@code w:num}): the abstract list whose counters it shares, its levels, and the levels it restarts. */
    private record Instance(String counters, Level[] levels, boolean[] restarts) {}

    private final Map<String, Instance> lists = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, String[]> shown = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    /** The numbering of a document from its numbering part; none when the document has none (null). */
    static Numbering of(Document document) {
        Numbering numbering = new Numbering();
        if (document == null) {
            return numbering;
        }
        Map<String, Level[]> abstracts = new HashMap<>();
        NodeList abstractNums = document.getElementsByTagNameNS(DocxReader.WORD, "abstractNum");
        for (int k = 0; k < abstractNums.getLength(); k++) {
            Element abstractNum = (Element) abstractNums.item(k);
            Level[] levels = new Level[LEVELS];
            for (Element lvl : DocxReader.children(abstractNum, "lvl")) {
                int index = parse(DocxReader.attribute(lvl, "ilvl"), -1);
                if (index >= 0 && index < LEVELS) {
                    levels[index] = level(lvl, 1);
                }
            }
            abstracts.put(DocxReader.attribute(abstractNum, "abstractNumId"), levels);
        }
        NodeList nums = document.getElementsByTagNameNS(DocxReader.WORD, "num");
        for (int k = 0; k < nums.getLength(); k++) {
            Element num = (Element) nums.item(k);
            String abstractId = DocxReader.attribute(DocxReader.child(num, "abstractNumId"), "val");
            Level[] shared = abstracts.get(abstractId);
            if (shared != null) {
                numbering.lists.put(DocxReader.attribute(num, "numId"), overridden(abstractId, shared, num));
            }
        }
        return numbering;
    }

    /** The list {@code num}: the abstract list's levels with the levels it overrides replaced. */
    private static Instance overridden(String abstractId, Level[] shared, Element num) {
        Level[] levels = shared.clone();
        boolean[] restarts = new boolean[LEVELS];
        for (Element override : DocxReader.children(num, "lvlOverride")) {
            int index = parse(DocxReader.attribute(override, "ilvl"), -1);
            if (index < 0 || index >= LEVELS) {
                continue;
            }
            Element lvl = DocxReader.child(override, "lvl");
            if (lvl != null) {
                levels[index] = level(lvl, levels[index] == null ? 1 : levels[index].start());
            }
            Element start = DocxReader.child(override, "startOverride");
            if (start != null && levels[index] != null) {
                Level level = levels[index];
                levels[index] = new Level(level.format(), level.text(), parse(DocxReader.attribute(start, "val"), level.start()));
                restarts[index] = true;
            }
        }
        return new Instance(abstractId, levels, restarts);
    }

    private static Level level(Element lvl, int defaultStart) {
        return new Level(DocxReader.attribute(DocxReader.child(lvl, "numFmt"), "val"),
                DocxReader.attribute(DocxReader.child(lvl, "lvlText"), "val"),
                parse(DocxReader.attribute(DocxReader.child(lvl, "start"), "val"), defaultStart));
    }

    /** The number the paragraph with these numbering properties shows, counting it; null when it shows none. */
    String next(Element numPr) {
        if (numPr == null) {
            return null;
        }
        String numId = DocxReader.attribute(DocxReader.child(numPr, "numId"), "val");
        int level = parse(DocxReader.attribute(DocxReader.child(numPr, "ilvl"), "val"), 0);
        Instance list = lists.get(numId);
        if (list == null || level < 0 || level >= LEVELS) {
            return null;
        }
        Level[] levels = list.levels();
        if (levels[level] == null || levels[level].format().equals("bullet") || levels[level].format().equals("none")) {
            return null;
        }
        int[] count = counters.computeIfAbsent(list.counters(), l -> notStarted());
        String[] display = shown.computeIfAbsent(list.counters(), l -> new String[LEVELS]);
        if (used.add(numId)) {
            for (int l = 0; l < LEVELS; l++) {
                count[l] = list.restarts()[l] ? NOT_STARTED : count[l];
            }
        }
        count[level] = count[level] == NOT_STARTED ? levels[level].start() : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = NOT_STARTED;
        }
        String text = levels[level].text();
        for (int l = 0; l < LEVELS && levels[l] != null; l++) {
            int value = count[l] == NOT_STARTED ? levels[l].start() : count[l];
            text = text.replace("%" + (l + 1), format(levels[l].format(), value));
        }
        String number = text.replaceAll("[()\\[\\]\\s]", "").replaceAll("[.:]+$", "");
        if (level > 0 && !levels[level].text().contains("%1") && display[level - 1] != null) {
            number = display[level - 1] + "." + number;
        }
        display[level] = number;
        return number.isEmpty() ? null : number;
    }

    private static int[] notStarted() {
        int[] count = new int[LEVELS];
        Arrays.fill(count, NOT_STARTED);
        return count;
    }

    private static String format(String format, int value) {
        return switch (format) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(java.util.Locale.ROOT);
            case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> String.format(java.util.Locale.ROOT, "%02d", value);
            default -> Integer.toString(value);
        };
    }

    /** a, b, …, z, aa, bb, … as Word letters its lists. */
    private static String letters(int value) {
        int n = Math.max(value, 1);
        return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int n = Math.max(1, Math.min(value, 3999));
        for (int k = 0; k < values.length; k++) {
            while (n >= values[k]) {
                out.append(symbols[k]);
                n -= values[k];
            }
        }
        return out.toString();
    }

    private static int parse(String text, int otherwise) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
