package org.parley.compare.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.compare.Alignment;
import org.parley.compare.Language;
import org.parley.compare.Link;
import org.parley.compare.ReadingOrder;
import org.parley.compare.Suggestion;
import org.parley.interchange.ParsedDraft;
import org.parley.interchange.ParsedPoint;

/** Two drafts read from files and their alignment: what the renderers show. */
record Comparison(ParsedDraft from, ParsedDraft to, Alignment alignment) {

    Comparison {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(alignment, "alignment");
    }

    /** One line such as "19 points: 9 reworded, 3 merged, 6 dropped, 1 added". */
    String summary() {
        return alignment.summary(to.points().size());
    }

    /** What a renderer does with each row of a comparison. */
    interface RowWriter {
        void linked(Link link);

        /** A dropped point, with the added points it may have become ({@code perhaps}, best first). */
        void dropped(String number, String text, List<Suggestion> perhaps);

        /** An added point, with the dropped points it may come from ({@code perhaps}, best first). */
        void added(String number, String text, List<Suggestion> perhaps);
    }

    /** Hands each row to {@code writer} in reading order: the new draft's order, a dropped point after the one before it. */
    void eachRow(RowWriter writer) {
        Map<String, String> oldTexts = texts(from);
        Map<String, String> newTexts = texts(to);
        for (ReadingOrder.Row row : ReadingOrder.of(alignment, numbers(from), numbers(to))) {
            if (row instanceof ReadingOrder.Row.Linked linked) {
                writer.linked(linked.link());
            } else if (row instanceof ReadingOrder.Row.Dropped dropped) {
                writer.dropped(dropped.number(), oldTexts.get(dropped.number()), alignment.suggestionsFrom(dropped.number()));
            } else {
                String added = ((ReadingOrder.Row.Added) row).number();
                writer.added(added, newTexts.get(added), alignment.suggestionsTo(added));
            }
        }
    }

    /** A warning when the two drafts read as different languages. */
    Optional<String> languageNote() {
        return Language.mismatch(texts(from).values().stream().toList(), texts(to).values().stream().toList());
    }

    /** The text of each point of {@code draft} by number. */
    static Map<String, String> texts(ParsedDraft draft) {
        Map<String, String> texts = new HashMap<>();
        for (ParsedPoint point : draft.points()) {
            texts.put(point.number(), point.text());
        }
        return texts;
    }

    /** The numbers of the points of {@code draft}, in order. */
    static List<String> numbers(ParsedDraft draft) {
        return draft.points().stream().map(ParsedPoint::number).toList();
    }

    /**
     * "perhaps became 2 (0.17) or 10 (0.12)" for a dropped point's suggestions, "perhaps from
     * 14 (0.13)" for an added point's; empty when there are none.
     */
    static String perhaps(List<Suggestion> suggestions, boolean ofDropped) {
        if (suggestions.isEmpty()) {
            return "";
        }
        return (ofDropped ? "perhaps became " : "perhaps from ") + suggestions.stream()
                .map(s -> String.format(Locale.ROOT, "%s (%.2f)", ofDropped ? s.to() : s.from(), s.score()))
                .collect(Collectors.joining(" or "));
    }

    /** "5 + 10" for the numbers of one side of a link. */
    static String numbers(List<String> numbers) {
        return String.join(" + ", numbers);
    }
}
