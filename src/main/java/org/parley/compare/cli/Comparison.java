package org.parley.compare.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.compare.Alignment;
import org.parley.compare.Language;
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

    /** "5 + 10" for the numbers of one side of a link. */
    static String numbers(List<String> numbers) {
        return String.join(" + ", numbers);
    }
}
