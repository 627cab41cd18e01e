package org.parley.compare.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.compare.Alignment;
import org.parley.compare.Link;
import org.parley.compare.LinkKind;
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
        Map<LinkKind, Integer> counts = new HashMap<>();
        for (Link link : alignment.links()) {
            counts.merge(link.kind(), 1, Integer::sum);
        }
        var line = new StringBuilder().append(to.points().size()).append(" points: ");
        String separator = "";
        for (LinkKind kind : LinkKind.values()) {
            if (counts.containsKey(kind)) {
                line.append(separator).append(counts.get(kind)).append(' ').append(kind.wireName());
                separator = ", ";
            }
        }
        line.append(separator).append(alignment.dropped().size()).append(" dropped, ")
                .append(alignment.added().size()).append(" added");
        return line.toString();
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
