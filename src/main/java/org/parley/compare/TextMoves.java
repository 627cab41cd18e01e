package org.parley.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Text that left one row of a comparison and arrived in another: a sentence carried from point 5
 * into point 7, or a dropped point's clause kept inside a new one. A row's own redline can only
 * show such text deleted in one place and inserted in another, so a reader would not know it was
 * kept.
 *
 * <p>How: a run of {@link #MIN_WORDS} words that the old draft holds exactly once, in one row, and
 * the new draft holds exactly once, in another row, is text moved from the first row to the
 * second; overlapping such runs that follow on in both drafts join into one move. Within one row,
 * such a run is moved when the row's redline deletes it on one side and inserts it on the other:
 * a split whose far piece took a sentence from the middle of the old point, whose joined pieces
 * cannot keep the old order.
 * Requiring the words to be unique on both sides keeps boilerplate ("durch Bundesgesetz, das der
 * Zustimmung des Bundesrates bedarf") from counting as moved wherever it is added or removed.
 */
public final class TextMoves {

    /** The fewest words of moved text: shorter runs are too often the same phrase by chance. */
    static final int MIN_WORDS = 6;

    private static final int EXCERPT_HEAD = 8;
    private static final int EXCERPT_TAIL = 4;

    /**
     * Words moved from the row whose old side is {@code fromPoints} (a link's old points, or a
     * dropped point) to the row whose new side is {@code toPoints}; {@code text} as the new draft
     * writes it.
     */
    public record TextMove(List<String> fromPoints, List<String> toPoints, String text, int words) {
        public TextMove {
            fromPoints = List.copyOf(fromPoints);
            toPoints = List.copyOf(toPoints);
            Objects.requireNonNull(text, "text");
            if (fromPoints.isEmpty() || toPoints.isEmpty() || words < MIN_WORDS) {
                throw new IllegalArgumentException("a move leaves a row with old points for a row with new ones, " + MIN_WORDS + " words at least");
            }
        }
    }

    /** A run of one side of a redline, and whether it is part of text that moved between rows. */
    public record MarkedRun(RedlineOp run, boolean moved) {
        public MarkedRun {
            Objects.requireNonNull(run, "run");
        }
    }

    private TextMoves() {
    }

    /** The moves between the rows of {@code alignment} of drafts {@code from} and {@code to}, in the new draft's order. */
    public static List<TextMove> find(Alignment alignment, List<PointText> from, List<PointText> to) {
        List<Row> rows = rows(alignment, from, to);
        return sharedRuns(rows.stream().map(Row::oldText).toList(), rows.stream().map(Row::newText).toList()).stream()
                .filter(run -> run.oldText() != run.newText() || rows.get(run.oldText()).reordered(run.text()))
                .map(run -> new TextMove(rows.get(run.oldText()).oldPoints(), rows.get(run.newText()).newPoints(), run.text(), run.words()))
                .toList();
    }

    /** What left the row whose old side is {@code oldPoints}, each as "moved to 7: “…”"; none for a row without old points. */
    public static List<String> leaving(List<TextMove> moves, List<String> oldPoints) {
        return outOf(moves, oldPoints).map(m -> "moved to " + String.join(" + ", m.toPoints()) + ": “" + excerpt(m.text()) + "”").toList();
    }

    /** What left the row of {@code link} for another row, each as "moved to 7: “…”". */
    public static List<String> leaving(List<TextMove> moves, Link link) {
        return leaving(outOf(moves, link.from()).filter(m -> !m.toPoints().equals(link.to())).toList(), link.from());
    }

    /**
     * What arrived in the row of {@code link}, each as "moved from 5: “…”", and what moved inside
     * it, as "moved within the link: “…”".
     */
    public static List<String> arriving(List<TextMove> moves, Link link) {
        return into(moves, link.to()).map(m -> (m.fromPoints().equals(link.from()) ? "moved within the link"
                : "moved from " + String.join(" + ", m.fromPoints())) + ": “" + excerpt(m.text()) + "”").toList();
    }

    /** What arrived in the row whose new side is {@code newPoints}, each as "moved from 5: “…”". */
    public static List<String> arriving(List<TextMove> moves, List<String> newPoints) {
        return into(moves, newPoints).map(m -> "moved from " + String.join(" + ", m.fromPoints()) + ": “" + excerpt(m.text()) + "”").toList();
    }

    /** For the end of a summary line: "; 2 passages moved between points", or nothing when none moved. */
    public static String summary(List<TextMove> moves) {
        return moves.isEmpty() ? "" : "; " + moves.size() + (moves.size() == 1 ? " passage" : " passages") + " moved between points";
    }

    /** The texts of the moves that left the row whose old side is {@code oldPoints}. */
    public static List<String> textsLeaving(List<TextMove> moves, List<String> oldPoints) {
        return outOf(moves, oldPoints).map(TextMove::text).toList();
    }

    /** The texts of the moves that reached the row whose new side is {@code newPoints}. */
    public static List<String> textsArriving(List<TextMove> moves, List<String> newPoints) {
        return into(moves, newPoints).map(TextMove::text).toList();
    }

    private static Stream<TextMove> outOf(List<TextMove> moves, List<String> oldPoints) {
        return moves.stream().filter(m -> m.fromPoints().equals(oldPoints));
    }

    private static Stream<TextMove> into(List<TextMove> moves, List<String> newPoints) {
        return moves.stream().filter(m -> m.toPoints().equals(newPoints));
    }

    /**
     * {@code runs} (one side of a row's redline) cut where {@code movedTexts} begin and end, the
     * deletions and insertions inside them marked moved; kept words stay as they are.
     */
    public static List<MarkedRun> marked(List<RedlineOp> runs, List<String> movedTexts) {
        var marked = new ArrayList<MarkedRun>();
        if (movedTexts.isEmpty()) {
            runs.forEach(run -> marked.add(new MarkedRun(run, false)));
            return marked;
        }
        var whole = new StringBuilder();
        runs.forEach(run -> whole.append(run.text()));
        boolean[] moved = movedCharacters(whole.toString(), movedTexts);
        int at = 0;
        for (RedlineOp run : runs) {
            int end = at + run.text().length();
            boolean changed = run.op() != RedlineOp.Op.EQUAL;
            int start = at;
            for (int c = at + 1; c <= end; c++) {
                if (c == end || changed && moved[c] != moved[start]) {
                    marked.add(new MarkedRun(new RedlineOp(run.op(), run.text().substring(start - at, c - at)), changed && moved[start]));
                    start = c;
                }
            }
            at = end;
        }
        return marked;
    }

    /** Moved text short enough for a note: its first words and last words around "…" when it is long. */
    static String excerpt(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= EXCERPT_HEAD + EXCERPT_TAIL + 2) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOfRange(words, 0, EXCERPT_HEAD)) + " … "
                + String.join(" ", Arrays.copyOfRange(words, words.length - EXCERPT_TAIL, words.length));
    }

    /**
     * Which characters of {@code text} belong to one of {@code movedTexts}, matched word for word
     * and regardless of case, so that the old draft's wording of a move is found as well as the
     * new one's: from the first letter of its first word to the last of its last.
     */
    static boolean[] movedCharacters(String text, List<String> movedTexts) {
        boolean[] moved = new boolean[text.length()];
        Shingles words = new Shingles(text);
        for (String movedText : movedTexts) {
            Shingles run = new Shingles(movedText);
            for (int at = 0; run.wordCount() > 0 && at + run.wordCount() <= words.wordCount(); at++) {
                if (words.sameWords(at, run, 0, run.wordCount())) {
                    Arrays.fill(moved, words.start(at), words.end(at + run.wordCount() - 1), true);
                    break;
                }
            }
        }
        return moved;
    }

    /**
     * A run of {@code words} words that the old texts hold once, in text {@code oldText}, and the
     * new texts hold once, in text {@code newText}; {@code text} as the new text writes it.
     */
    record SharedRun(int oldText, int newText, String text, int words) {
    }

    /**
     * The runs of at least {@link #MIN_WORDS} words that {@code oldTexts} hold exactly once and
     * {@code newTexts} hold exactly once, in the order of the new texts; overlapping shingles that
     * follow on in both join into one run.
     */
    static List<SharedRun> sharedRuns(List<String> oldTexts, List<String> newTexts) {
        List<Shingles> olds = oldTexts.stream().map(Shingles::new).toList();
        List<Shingles> news = newTexts.stream().map(Shingles::new).toList();
        var oldPlaces = new UniquePlaces(olds);
        var newPlaces = new UniquePlaces(news);
        var runs = new ArrayList<SharedRun>();
        for (int target = 0; target < news.size(); target++) {
            Shingles arrived = news.get(target);
            int at = 0;
            while (at < arrived.count()) {
                long source = oldPlaces.of(arrived.hash(at));
                int row = (int) (source >>> 32);
                if (source == UniquePlaces.NONE || newPlaces.of(arrived.hash(at)) == UniquePlaces.NONE
                        || !arrived.sameWords(at, olds.get(row), (int) source)) {
                    at++;
                    continue;
                }
                int length = MIN_WORDS;
                for (int next = at + 1; next < arrived.count() && oldPlaces.of(arrived.hash(next)) == source + next - at
                        && newPlaces.of(arrived.hash(next)) != UniquePlaces.NONE
                        && arrived.sameWords(next, olds.get(row), (int) source + next - at); next++) {
                    length++;
                }
                runs.add(new SharedRun(row, target, arrived.text(at, length), length));
                at += length;
            }
        }
        return runs;
    }

    /**
     * One row of the comparison: its points and its joined texts on each side (empty where it has
     * none), and the two sides of its redline (none for a dropped or added point).
     */
    private record Row(List<String> oldPoints, String oldText, List<String> newPoints, String newText, List<RedlineOp> oldRuns,
            List<RedlineOp> newRuns) {

        /** Whether the redline shows {@code text}, which both sides hold, as deleted on the old side and inserted on the new. */
        boolean reordered(String text) {
            return mostlyChanged(oldRuns, text) && mostlyChanged(newRuns, text);
        }

        private static boolean mostlyChanged(List<RedlineOp> runs, String text) {
            if (runs.stream().allMatch(run -> run.op() == RedlineOp.Op.EQUAL)) {
                return false;
            }
            var whole = new StringBuilder();
            runs.forEach(run -> whole.append(run.text()));
            boolean[] inText = movedCharacters(whole.toString(), List.of(text));
            int at = 0;
            int inside = 0;
            int changed = 0;
            for (RedlineOp run : runs) {
                for (int c = at; c < at + run.text().length(); c++) {
                    inside += inText[c] ? 1 : 0;
                    changed += inText[c] && run.op() != RedlineOp.Op.EQUAL ? 1 : 0;
                }
                at += run.text().length();
            }
            return inside > 0 && 2 * changed > inside;
        }
    }

    private static List<Row> rows(Alignment alignment, List<PointText> from, List<PointText> to) {
        Map<String, String> oldTexts = PointText.textsByNumber(from);
        Map<String, String> newTexts = PointText.textsByNumber(to);
        var rows = new ArrayList<Row>();
        for (ReadingOrder.Row row : ReadingOrder.of(alignment, PointText.numbers(from), PointText.numbers(to))) {
            if (row instanceof ReadingOrder.Row.Linked linked) {
                Link link = linked.link();
                rows.add(new Row(link.from(), joined(link.from(), oldTexts), link.to(), joined(link.to(), newTexts), link.oldSide(),
                        link.newSide()));
            } else if (row instanceof ReadingOrder.Row.Dropped dropped) {
                rows.add(new Row(List.of(dropped.number()), oldTexts.get(dropped.number()), List.of(), "", List.of(), List.of()));
            } else {
                String added = ((ReadingOrder.Row.Added) row).number();
                rows.add(new Row(List.of(), "", List.of(added), newTexts.get(added), List.of(), List.of()));
            }
        }
        return rows;
    }

    /**
     * The shingles that occur exactly once across some texts, by hash, each with its place: the
     * text's index in the high half, the word position in the low half. An open-addressing table of
     * primitive longs, since a comparison holds a shingle for nearly every word of both drafts.
     */
    private static final class UniquePlaces {
        static final long NONE = -1;

        private final long[] hashes;
        private final long[] places;
        private final boolean[] used;
        private final int mask;

        UniquePlaces(List<Shingles> texts) {
            int total = texts.stream().mapToInt(Shingles::count).sum();
            int capacity = Integer.highestOneBit(Math.max(2, total) * 2 - 1) * 2;
            hashes = new long[capacity];
            places = new long[capacity];
            used = new boolean[capacity];
            mask = capacity - 1;
            for (int row = 0; row < texts.size(); row++) {
                Shingles text = texts.get(row);
                for (int at = 0; at < text.count(); at++) {
                    int slot = slot(text.hash(at));
                    places[slot] = used[slot] ? NONE : (long) row << 32 | at;
                    hashes[slot] = text.hash(at);
                    used[slot] = true;
                }
            }
        }

        /** The place of the shingle with {@code hash}, or {@link #NONE} when it is absent or repeated. */
        long of(long hash) {
            int slot = slot(hash);
            return used[slot] ? places[slot] : NONE;
        }

        /** The slot that holds {@code hash}, or the free one where it would go. */
        private int slot(long hash) {
            int slot = (int) (hash ^ hash >>> 32) & mask;
            while (used[slot] && hashes[slot] != hash) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }

    /**
     * A text as hashes of its lower-cased words, with their character spans, and a hash of each
     * run of {@link #MIN_WORDS} words. A word is a run of letters, digits and marks.
     */
    private static final class Shingles {
        private final String text;
        private final long[] words;
        private final int[] starts;
        private final int[] ends;
        private final long[] hashes;

        Shingles(String text) {
            this.text = text;
            int count = 0;
            for (int at = nextWord(text, 0); at < text.length(); at = nextWord(text, endOfWord(text, at))) {
                count++;
            }
            words = new long[count];
            starts = new int[count];
            ends = new int[count];
            int word = 0;
            for (int at = nextWord(text, 0); at < text.length(); at = nextWord(text, ends[word++])) {
                starts[word] = at;
                ends[word] = endOfWord(text, at);
                words[word] = lowerCaseHash(text, at, ends[word]);
            }
            hashes = new long[Math.max(0, count - MIN_WORDS + 1)];
            for (int first = 0; first < hashes.length; first++) {
                long hash = 0;
                for (int k = first; k < first + MIN_WORDS; k++) {
                    hash = (hash ^ words[k]) * 0x9E3779B97F4A7C15L;
                }
                hashes[first] = hash ^ (hash >>> 31);
            }
        }

        /** Where the first word at or after {@code at} starts, or the text's length. */
        private static int nextWord(String text, int at) {
            while (at < text.length() && !isWordPart(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            return at;
        }

        /** Where the word that starts at {@code at} ends. */
        private static int endOfWord(String text, int at) {
            while (at < text.length() && isWordPart(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            return at;
        }

        /** A 64-bit FNV-1a hash of the word between {@code start} and {@code end}, lower-cased. */
        private static long lowerCaseHash(String text, int start, int end) {
            long hash = 0xCBF29CE484222325L;
            for (int k = start; k < end; k += Character.charCount(text.codePointAt(k))) {
                hash = (hash ^ Character.toLowerCase(text.codePointAt(k))) * 0x100000001B3L;
            }
            return hash;
        }

        private static boolean isWordPart(int c) {
            return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK;
        }

        /** How many shingles the text has. */
        int count() {
            return hashes.length;
        }

        long hash(int at) {
            return hashes[at];
        }

        /** Whether the shingle at {@code at} has the same words as {@code other}'s at {@code otherAt}: shingle hashes may collide. */
        boolean sameWords(int at, Shingles other, int otherAt) {
            return sameWords(at, other, otherAt, MIN_WORDS);
        }

        /** Whether the {@code count} words from {@code at} are {@code other}'s from {@code otherAt}. */
        boolean sameWords(int at, Shingles other, int otherAt, int count) {
            return Arrays.equals(words, at, at + count, other.words, otherAt, otherAt + count);
        }

        int wordCount() {
            return words.length;
        }

        int start(int word) {
            return starts[word];
        }

        int end(int word) {
            return ends[word];
        }

        /** The text as written from word {@code at}, {@code length} words long. */
        String text(int at, int length) {
            return text.substring(starts[at], ends[at + length - 1]);
        }
    }

    private static String joined(List<String> numbers, Map<String, String> texts) {
        if (numbers.size() == 1) {
            return texts.get(numbers.get(0));
        }
        return String.join("\n", numbers.stream().map(texts::get).toList());
    }
}
