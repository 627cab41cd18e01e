package org.parley.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Points of the old draft ({@code from}) that correspond to points of the new one ({@code to}),
 * how they changed, how similar they are (0 to 1), and the word redline of the joined old text
 * against the joined new text.
 */
public record Link(List<String> from, List<String> to, LinkKind kind, double score, List<RedlineOp> redline) {

    public Link {
        from = List.copyOf(from);
        to = List.copyOf(to);
        Objects.requireNonNull(kind, "kind");
        redline = List.copyOf(redline);
        if (from.isEmpty() || to.isEmpty()) {
            throw new IllegalArgumentException("a link joins at least one point on each side");
        }
        boolean shapeFits = switch (kind) {
            case MERGED -> from.size() > 1 && to.size() == 1;
            case SPLIT -> from.size() == 1 && to.size() > 1;
            default -> from.size() == 1 && to.size() == 1;
        };
        if (!shapeFits) {
            throw new IllegalArgumentException(kind.wireName() + " does not fit " + from + " -> " + to);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must lie in [0, 1]: " + score);
        }
    }

    /** "5 + 10 → 3" for the numbers of both sides, or just "4" when they are the same. */
    public String numbers() {
        String old = String.join(" + ", from);
        String fresh = String.join(" + ", to);
        return old.equals(fresh) ? fresh : old + " → " + fresh;
    }

    /** "merged 5 + 10 → 3", or "kept 4" when the numbers are the same: how a row is labelled. */
    public String label() {
        return kind.wireName() + " " + numbers();
    }

    /** The old side of the redline for display: what was kept and what was deleted. */
    public List<RedlineOp> oldSide() {
        return side(RedlineOp.Op.INSERT);
    }

    /** The new side of the redline for display: what was kept and what was inserted. */
    public List<RedlineOp> newSide() {
        return side(RedlineOp.Op.DELETE);
    }

    private List<RedlineOp> side(RedlineOp.Op other) {
        var runs = new ArrayList<RedlineOp>();
        for (RedlineOp run : redline) {
            if (run.op() != other) {
                runs.addAll(run.forDisplay());
            }
        }
        return runs;
    }
}
