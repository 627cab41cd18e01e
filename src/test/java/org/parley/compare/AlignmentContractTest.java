package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON contract's invariants, checked over many randomly edited drafts. */
class AlignmentContractTest {

    private final Aligner aligner = new Aligner();

    /** Applies random insertions, deletions, rewordings, moves, merges and splits, then renumbers. */
    private static List<PointText> edited(List<PointText> original, Random random) {
        var texts = new ArrayList<String>(original.stream().map(PointText::text).toList());
        int edits = 1 + random.nextInt(Math.max(1, texts.size() / 3));
        for (int e = 0; e < edits && texts.size() > 1; e++) {
            int at = random.nextInt(texts.size());
            switch (random.nextInt(6)) {
                case 0 -> texts.add(at, Drafts.sentence(random, 15));
                case 1 -> texts.remove(at);
                case 2 -> texts.set(at, texts.get(at).replaceFirst("\\w+", "amended"));
                case 3 -> texts.add(random.nextInt(texts.size()), texts.remove(at));
                case 4 -> {
                    if (at + 1 < texts.size()) {
                        texts.set(at, texts.get(at) + " " + texts.remove(at + 1));
                    }
                }
                default -> {
                    String text = texts.get(at);
                    int middle = text.indexOf(' ', text.length() / 2);
                    if (middle > 0) {
                        texts.set(at, text.substring(0, middle));
                        texts.add(at + 1, text.substring(middle + 1));
                    }
                }
            }
        }
        var points = new ArrayList<PointText>();
        for (int k = 0; k < texts.size(); k++) {
            points.add(new PointText((k + 1) + "." + random.nextInt(3), texts.get(k)));
        }
        return points;
    }

    private static void assertEachOnce(List<PointText> points, List<String> linked, List<String> unlinked) {
        Map<String, Long> seen = new HashMap<>();
        linked.forEach(n -> seen.merge(n, 1L, Long::sum));
        unlinked.forEach(n -> seen.merge(n, 1L, Long::sum));
        assertThat(seen).containsOnlyKeys(points.stream().map(PointText::number).toList());
        assertThat(seen.values()).containsOnly(1L);
    }

    private static String joined(List<PointText> points, List<String> numbers) {
        Map<String, String> byNumber = points.stream().collect(Collectors.toMap(PointText::number, PointText::text));
        return numbers.stream().map(byNumber::get).collect(Collectors.joining(" "));
    }

    private static String redlineSide(Link link, RedlineOp.Op skipped) {
        return link.redline().stream().filter(op -> op.op() != skipped).map(RedlineOp::text).collect(Collectors.joining());
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void align_linksEveryPointExactlyOnceAndRedlinesRebuildBothTexts() {
        var random = new Random(42);
        int suggested = 0;
        for (int round = 0; round < 150; round++) {
            List<PointText> before = Drafts.aDraft(1 + random.nextInt(40), random.nextLong());
            List<PointText> after = edited(before, random);

            Alignment alignment = aligner.align(before, after);

            assertEachOnce(before, alignment.links().stream().flatMap(l -> l.from().stream()).toList(), alignment.dropped());
            assertEachOnce(after, alignment.links().stream().flatMap(l -> l.to().stream()).toList(), alignment.added());
            for (Link link : alignment.links()) {
                assertThat(words(redlineSide(link, RedlineOp.Op.INSERT))).isEqualTo(words(joined(before, link.from())));
                assertThat(words(redlineSide(link, RedlineOp.Op.DELETE))).isEqualTo(words(joined(after, link.to())));
            }
            assertSuggestionsPairUnlinkedPoints(alignment);
            suggested += alignment.suggestions().size();
        }
        assertThat(suggested).as("suggestions over all rounds").isPositive();
    }

    /** Suggestions pair a dropped with an added point, best first, never below the floor. */
    private static void assertSuggestionsPairUnlinkedPoints(Alignment alignment) {
        for (Suggestion suggestion : alignment.suggestions()) {
            assertThat(suggestion.from().stream().filter(alignment.dropped()::contains).count()
                    + suggestion.to().stream().filter(alignment.added()::contains).count())
                    .as("a suggestion joins one unlinked point to a link, or pairs two").isEqualTo(switch (suggestion.kind()) {
                        case MERGED, SPLIT -> 1L;
                        default -> 2L;
                    });
            assertThat(suggestion.score()).isBetween(0.1, 1.0);
        }
        assertThat(alignment.suggestions()).extracting(Suggestion::score).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void textMoves_nameRunsEachDraftHoldsOnce_leavingOneRowForAnother_orNotKeptInPlaceWithinOne() {
        var random = new Random(17);
        int moved = 0;
        for (int round = 0; round < 100; round++) {
            List<PointText> before = Drafts.aDraft(6 + random.nextInt(30), random.nextLong());
            var texts = new ArrayList<>(before.stream().map(PointText::text).toList());
            int from = random.nextInt(texts.size());
            int to = (from + 2 + random.nextInt(texts.size() - 3)) % texts.size();
            String text = texts.get(from);
            int middle = text.indexOf(' ', text.length() / 2);
            if (middle > 0) {
                texts.set(from, text.substring(0, middle) + ".");
                texts.set(to, texts.get(to) + " " + text.substring(middle + 1));
            }
            var after = new ArrayList<PointText>();
            for (int k = 0; k < texts.size(); k++) {
                after.add(new PointText(Integer.toString(k + 1), texts.get(k)));
            }

            Alignment alignment = aligner.align(before, after);
            List<TextMoves.TextMove> moves = TextMoves.find(alignment, before, after);

            for (TextMoves.TextMove move : moves) {
                String words = lowerWords(move.text());
                assertThat(occurrences(lowerWords(joined(before, PointText.numbers(before))), words)).isEqualTo(1);
                assertThat(occurrences(lowerWords(joined(after, PointText.numbers(after))), words)).isEqualTo(1);
                assertThat(lowerWords(joined(before, move.fromPoints()))).contains(words);
                assertThat(lowerWords(joined(after, move.toPoints()))).contains(words);
                alignment.links().stream().filter(l -> l.from().equals(move.fromPoints()) && l.to().equals(move.toPoints()))
                        .forEach(l -> assertThat(lowerWords(l.redline().stream().filter(run -> run.op() == RedlineOp.Op.EQUAL)
                                .map(RedlineOp::text).collect(Collectors.joining(" ")))).as("text moved within a link is not kept in place")
                                .doesNotContain(words));
                assertThat(move.words()).isGreaterThanOrEqualTo(6);
            }
            moved += moves.size();
        }
        assertThat(moved).as("moves over all rounds").isPositive();
    }

    /** The words of {@code text}, lower-cased, each followed by one space. */
    private static String lowerWords(String text) {
        var words = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!word.isEmpty()) {
                words.append(word).append(' ');
            }
        }
        return " " + words;
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void align_isDeterministic() {
        var random = new Random(3);
        List<PointText> before = Drafts.aDraft(60, 11);
        List<PointText> after = edited(before, random);

        assertThat(aligner.align(before, after)).isEqualTo(aligner.align(before, after));
    }

    @Test
    void align_findsMostPointsSurvivingRandomEdits() {
        var random = new Random(5);
        int survivors = 0;
        int found = 0;
        for (int round = 0; round < 40; round++) {
            List<PointText> before = Drafts.aDraft(30, random.nextLong());
            List<PointText> after = edited(before, random);
            Map<String, PointText> newByText = after.stream()
                    .collect(Collectors.toMap(PointText::text, Function.identity(), (a, b) -> a));
            Alignment alignment = aligner.align(before, after);
            for (PointText point : before) {
                PointText twin = newByText.get(point.text());
                if (twin != null) {
                    survivors++;
                    found += alignment.links().stream()
                            .anyMatch(l -> l.from().equals(List.of(point.number())) && l.to().equals(List.of(twin.number()))) ? 1 : 0;
                }
            }
        }
        assertThat((double) found / survivors).isGreaterThan(0.97);
    }
}
