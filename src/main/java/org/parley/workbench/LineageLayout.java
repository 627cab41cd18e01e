package org.parley.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.draft.Derivation;
import org.parley.draft.DraftSummary;
import org.parley.negotiation.Text;

/**
 * Lays the drafts out in columns by generation (a draft stands one column right of its latest
 * parent) and keeps a child on its parent's row when that row is free, so a line of amendments
 * reads as a straight line.
 */
final class LineageLayout {
    private static final int MARGIN = 12;
    private static final int COLUMN = Lineage.NODE_WIDTH + 72;
    private static final int ROW = Lineage.NODE_HEIGHT + 20;

    private LineageLayout() {}

    static Lineage layout(List<DraftSummary> drafts, Roster roster) {
        Map<String, Integer> column = new HashMap<>();
        Map<String, Integer> row = new HashMap<>();
        Set<String> taken = new HashSet<>();
        int columns = 0;
        int rows = 0;
        List<Lineage.Node> nodes = new ArrayList<>();
        List<Lineage.Edge> edges = new ArrayList<>();
        for (DraftSummary d : drafts) {
            List<Derivation> parents = d.derivedFrom().stream().filter(p -> column.containsKey(p.from().value())).toList();
            int col = parents.stream().mapToInt(p -> column.get(p.from().value()) + 1).max().orElse(0);
            int r = parents.isEmpty() ? 0 : row.get(parents.get(0).from().value());
            while (!taken.add(col + ":" + r)) {
                r++;
            }
            String id = d.id().value();
            column.put(id, col);
            row.put(id, r);
            columns = Math.max(columns, col + 1);
            rows = Math.max(rows, r + 1);
            nodes.add(node(d, roster, x(col), y(r)));
            for (Derivation p : parents) {
                String from = p.from().value();
                edges.add(edge(x(column.get(from)) + Lineage.NODE_WIDTH, y(row.get(from)) + Lineage.NODE_HEIGHT / 2,
                        x(col), y(r) + Lineage.NODE_HEIGHT / 2, p.kind().name().toLowerCase(Locale.ROOT)));
            }
        }
        return new Lineage(MARGIN * 2 + Math.max(columns, 1) * COLUMN - (COLUMN - Lineage.NODE_WIDTH),
                MARGIN * 2 + Math.max(rows, 1) * ROW - (ROW - Lineage.NODE_HEIGHT), nodes, edges);
    }

    private static int x(int column) {
        return MARGIN + column * COLUMN;
    }

    private static int y(int row) {
        return MARGIN + row * ROW;
    }

    private static Lineage.Node node(DraftSummary d, Roster roster, int x, int y) {
        boolean withheld = !d.readable() || !d.hasText();
        String audience = textLabel(d, roster);
        String authors = String.join(", ", roster.badges(d.authors()).stream().map(PartyBadge::shortName).toList());
        return new Lineage.Node(d.id().value(), roster.href() + "/drafts/" + d.id().value(), shortTitle(d.title()), x, y,
                authors.isEmpty() ? "authors unknown" : "by " + authors, Roster.day(d.date()), Text.counted(d.pointCount(), "point"), audience,
                withheld);
    }

    /** Whose the text is: "text: public", "text withheld" from this viewer, or "text not held" by Parley at all. */
    static String textLabel(DraftSummary d, Roster roster) {
        return !d.hasText() ? "text not held" : !d.readable() ? "text withheld" : "text: " + roster.audience(d.audience());
    }

    /** "Draft A" from "Draft A: the 28-point plan"; long titles are cut to fit the box. */
    static String shortTitle(String title) {
        int colon = title.indexOf(':');
        String head = colon > 0 ? title.substring(0, colon) : title;
        return head.length() > 22 ? head.substring(0, 21) + "…" : head;
    }

    private static Lineage.Edge edge(int x1, int y1, int x2, int y2, String kind) {
        int mid = (x1 + x2) / 2;
        String path = "M" + x1 + " " + y1 + " C" + mid + " " + y1 + " " + mid + " " + y2 + " " + x2 + " " + y2;
        return new Lineage.Edge(path, mid, (y1 + y2) / 2 - 4, kind);
    }
}
