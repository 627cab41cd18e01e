package org.parley.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An alignment as one reads it side by side: rows in the new draft's order, each dropped point
 * right after the row of the old point before it, so a deletion shows where it was. What the
 * compare screen and the standalone pages list.
 */
public final class ReadingOrder {
    private ReadingOrder() {}

    /** One row: a link, or a point dropped from the old draft, or a point added to the new one. */
    public sealed interface Row {
        /** Points of both drafts that correspond. */
        record Linked(Link link) implements Row {}

        /** A point of the old draft with no counterpart. */
        record Dropped(String number) implements Row {}

        /** A point of the new draft with no counterpart. */
        record Added(String number) implements Row {}
    }

    /**
     * The rows of {@code alignment} between drafts whose points are numbered {@code oldNumbers}
     * and {@code newNumbers}, in their drafts' order.
     */
    public static List<Row> of(Alignment alignment, List<String> oldNumbers, List<String> newNumbers) {
        Map<String, Integer> oldIndex = index(oldNumbers);
        Map<String, Integer> newIndex = index(newNumbers);
        record Placed(double order, Row row) {}
        List<Placed> placed = new ArrayList<>();
        Map<String, Double> orderOfOld = new HashMap<>();
        for (Link link : alignment.links()) {
            double order = newIndex.get(link.to().get(0));
            link.from().forEach(f -> orderOfOld.put(f, order));
            placed.add(new Placed(order, new Row.Linked(link)));
        }
        for (String added : alignment.added()) {
            placed.add(new Placed(newIndex.get(added), new Row.Added(added)));
        }
        for (String dropped : alignment.dropped()) {
            double after = -1;
            for (int i = oldIndex.get(dropped) - 1; i >= 0; i--) {
                Double order = orderOfOld.get(oldNumbers.get(i));
                if (order != null) {
                    after = order;
                    break;
                }
            }
            double order = after + 0.5 + oldIndex.get(dropped) / 1e6;
            orderOfOld.put(dropped, order);
            placed.add(new Placed(order, new Row.Dropped(dropped)));
        }
        return placed.stream().sorted(Comparator.comparingDouble(Placed::order)).map(Placed::row).toList();
    }

    private static Map<String, Integer> index(List<String> numbers) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            index.put(numbers.get(i), i);
        }
        return index;
    }
}
