package org.parley.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.parley.compare.Alignment;
import org.parley.compare.TextMoves;
import org.parley.compare.Link;
import org.parley.compare.RedlineOp;

/** Writes an alignment as the {@code compare} JSON contract of DESIGN.md, scores to three decimals. */
public final class AlignmentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AlignmentJson() {
    }

    /** The contract document for {@code alignment} of draft {@code fromTitle} with {@code toTitle}. */
    public static ObjectNode toTree(String fromTitle, int fromPoints, String toTitle, int toPoints, Alignment alignment) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("from").put("title", fromTitle).put("points", fromPoints);
        root.putObject("to").put("title", toTitle).put("points", toPoints);
        ArrayNode links = root.putArray("links");
        for (Link link : alignment.links()) {
            ObjectNode node = links.addObject();
            strings(node.putArray("from"), link.from());
            strings(node.putArray("to"), link.to());
            node.put("kind", link.kind().wireName());
            node.put("score", score(link.score()));
            ArrayNode redline = node.putArray("redline");
            for (RedlineOp op : link.redline()) {
                redline.addObject().put("op", op.op().wireName()).put("text", op.text());
            }
        }
        strings(root.putArray("dropped"), alignment.dropped());
        strings(root.putArray("added"), alignment.added());
        return root;
    }

    /**
     * The alignment's suggestions, best first, each as {@code {"from": ["2"], "to": ["2"], "kind":
     * "reworded", "score": 0.17}} (a merge or split names every point of the link it suggests):
     * links a person may confirm, outside the contract document.
     */
    public static List<ObjectNode> suggestions(Alignment alignment) {
        return alignment.suggestions().stream().map(s -> {
            ObjectNode node = MAPPER.createObjectNode();
            strings(node.putArray("from"), s.from());
            strings(node.putArray("to"), s.to());
            return node.put("kind", s.kind().wireName()).put("score", score(s.score()));
        }).toList();
    }

    /** Text moved between rows, in the new draft's order, each as {@code {"from": ["2"], "to": ["3"], "text": "...", "words": 11}}. */
    public static List<ObjectNode> moves(List<TextMoves.TextMove> moves) {
        return moves.stream().map(m -> {
            ObjectNode node = MAPPER.createObjectNode();
            strings(node.putArray("from"), m.fromPoints());
            strings(node.putArray("to"), m.toPoints());
            return node.put("text", m.text()).put("words", m.words());
        }).toList();
    }

    private static BigDecimal score(double score) {
        return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP);
    }

    /** {@link #toTree} as indented JSON text. */
    public static String write(String fromTitle, int fromPoints, String toTitle, int toPoints, Alignment alignment) {
        try {
            return MAPPER.writeValueAsString(toTree(fromTitle, fromPoints, toTitle, toPoints, alignment));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
