package org.parley.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which points of an old draft became which points of a new one. Every old point is in exactly
 * one link or in {@code dropped}; every new point in exactly one link or in {@code added}.
 * {@code suggestions} pair dropped with added points that a person may want to link, best first.
 */
public record Alignment(List<Link> links, List<String> dropped, List<String> added, List<Suggestion> suggestions) {

    public Alignment {
        links = List.copyOf(links);
        dropped = List.copyOf(dropped);
        added = List.copyOf(added);
        suggestions = List.copyOf(suggestions);
    }

    /** An alignment with nothing to suggest. */
    public Alignment(List<Link> links, List<String> dropped, List<String> added) {
        this(links, dropped, added, List.of());
    }

    /** The suggestions for the dropped point {@code number}, best first. */
    public List<Suggestion> suggestionsFrom(String number) {
        return suggestions.stream().filter(s -> s.from().contains(number)).toList();
    }

    /** The suggestions for the added point {@code number}, best first. */
    public List<Suggestion> suggestionsTo(String number) {
        return suggestions.stream().filter(s -> s.to().contains(number)).toList();
    }

    /** One line such as "19 points: 9 reworded, 3 merged, 6 dropped, 1 added", for a new draft of {@code newPoints} points. */
    public String summary(int newPoints) {
        Map<LinkKind, Integer> counts = new EnumMap<>(LinkKind.class);
        for (Link link : links) {
            counts.merge(link.kind(), 1, Integer::sum);
        }
        var line = new StringBuilder().append(newPoints).append(newPoints == 1 ? " point: " : " points: ");
        counts.forEach((kind, count) -> line.append(count).append(' ').append(kind.wireName()).append(", "));
        return line.append(dropped.size()).append(" dropped, ").append(added.size()).append(" added").toString();
    }
}
