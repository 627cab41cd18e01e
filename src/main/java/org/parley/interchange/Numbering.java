package org.parley.interchange;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Word's automatic numbering (word/numbering.xml) played forward paragraph by paragraph: the
 * counters of each list and the number each numbered paragraph shows. A level whose text does not
 * repeat its parents' numbers ("(%2)" under "%1.") is prefixed with its parent's, so an item
 * lettered b under point 3 is {@code 3.b}. Bullets and unnumbered levels give no number.
 */
final class Numbering {
    private static final int LEVELS = 9;

    /** One level of a list: how its counter is shown and where it starts. */
    private record Level(String format, String text, int start) {}

    private final Map<String, Level[]> levelsOfList = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, String[]> shown = new HashMap<>();

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
            abstracts.put(DocxReader.attribute(abstractNum, "abstractNumId"), levels(abstractNum));
        }
        NodeList nums = document.getElementsByTagNameNS(DocxReader.WORD, "num");
        for (int k = 0; k < nums.getLength(); k++) {
            Element num = (Element) nums.item(k);
            Level[] levels = abstracts.get(DocxReader.attribute(DocxReader.child(num, "abstractNumId"), "val"));
            if (levels != null) {
                numbering.levelsOfList.put(DocxReader.attribute(num, "numId"), levels);
            }
        }
        return numbering;
    }

    private static Level[] levels(Element abstractNum) {
        Level[] levels = new Level[LEVELS];
        NodeList lvls = abstractNum.getElementsByTagNameNS(DocxReader.WORD, "lvl");
        for (int k = 0; k < lvls.getLength(); k++) {
            Element lvl = (Element) lvls.item(k);
            int index = parse(DocxReader.attribute(lvl, "ilvl"), -1);
            if (index >= 0 && index < LEVELS) {
                levels[index] = new Level(DocxReader.attribute(DocxReader.child(lvl, "numFmt"), "val"),
                        DocxReader.attribute(DocxReader.child(lvl, "lvlText"), "val"),
                        parse(DocxReader.attribute(DocxReader.child(lvl, "start"), "val"), 1));
            }
        }
        return levels;
    }

    /** The number the paragraph with these numbering properties shows, counting it; null when it shows none. */
    String next(Element numPr) {
        if (numPr == null) {
            return null;
        }
        String list = DocxReader.attribute(DocxReader.child(numPr, "numId"), "val");
        int level = parse(DocxReader.attribute(DocxReader.child(numPr, "ilvl"), "val"), 0);
        Level[] levels = levelsOfList.get(list);
        if (levels == null || level < 0 || level >= LEVELS || levels[level] == null
                || levels[level].format().equals("bullet") || levels[level].format().equals("none")) {
            return null;
        }
        int[] count = counters.computeIfAbsent(list, l -> new int[LEVELS]);
        String[] display = shown.computeIfAbsent(list, l -> new String[LEVELS]);
        count[level] = count[level] == 0 ? levels[level].start() : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String text = levels[level].text();
        for (int l = 0; l < LEVELS && levels[l] != null; l++) {
            int value = count[l] == 0 ? levels[l].start() : count[l];
            text = text.replace("%" + (l + 1), format(levels[l].format(), value));
        }
        String number = text.replaceAll("[()\\[\\]\\s]", "").replaceAll("[.:]+$", "");
        if (level > 0 && !levels[level].text().contains("%1") && display[level - 1] != null) {
            number = display[level - 1] + "." + number;
        }
        display[level] = number;
        return number.isEmpty() ? null : number;
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
