package org.parley.workbench;

import java.util.List;

/** The lineage of drafts laid out left to right for an SVG picture: boxes for drafts, curves for derivations. */
public record Lineage(int width, int height, List<Node> nodes, List<Edge> edges) {
    public static final int NODE_WIDTH = 184;
    public static final int NODE_HEIGHT = 88;

    public Lineage {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A draft's box: where it stands and the four lines it shows. */
    public record Node(String id, String href, String label, int x, int y, String authors, String date, String points,
            String audience, boolean withheld) {}

    /** A derivation drawn as a curve, labelled with its kind. */
    public record Edge(String path, int labelX, int labelY, String kind) {}
}
