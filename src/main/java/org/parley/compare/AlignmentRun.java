package org.parley.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** One alignment of two drafts, step by step; see {@link Aligner} for the method. */
final class AlignmentRun {

    private static final int CANDIDATES = 8;
    private static final double ANCHOR_MIN = 0.5;
    private static final double ANCHOR_MARGIN = 0.05;
    private static final double GAP_MIN = 0.3;
    private static final double MOVE_MIN = 0.45;
    private static final double GROUP_MIN = 0.35;
    private static final double PART_CONTAINED = 0.45;
    private static final double GROUP_GAIN = 0.04;
    private static final int GAP_DP_CELLS = 40_000;
    private static final double REWORDED_GAP_MIN = 0.2;
    private static final double REWORDED_SQUEEZED_MIN = 0.1;
    private static final int REWORDED_ROUNDS = 4;
    private static final double REWORDED_MOVE_MIN = 0.25;
    private static final double REWORDED_MOVE_RIVAL = 0.6;
    private static final double PART_CONTAINED_BESIDE = 0.25;
    private static final double COVERAGE_GAIN = 0.1;
    private static final double PART_WITHIN = 0.8;
    private static final double LEFTOVER_MIN = 0.35;
    private static final double LEAD_IN_CONTAINED = 0.1;
    private static final int SUGGESTIONS_PER_POINT = 2;
    private static final double SUGGESTION_MIN = 0.1;
    private static final double PIECE_CONTAINED = 0.5;
    private static final double PIECES_BESIDE_MIN = 0.1;
    private static final double SENTENCE_MIN = 0.5;
    private static final double SENTENCE_RIVAL = 0.8;
    private static final int SENTENCE_WORDS = 3;
    private static final double SENTENCES_CARRIED = 0.5;

    /** How alike an old and a new point are, by one measure. */
    private interface Measure {
        double of(int i, int j);
    }

    /** Several points of one side linked to one point of the other. */
    private record Group(int[] from, int[] to) {
    }

    /**
     * A free point, {@code piece}, whose carried sentences hold {@code share} of its words, and
     * the point of the other draft they came from or went to.
     */
    private record Carried(int piece, int whole, boolean pieceIsNew, double share) {

        Monotone.Pair pair() {
            return pieceIsNew ? new Monotone.Pair(whole, piece, share) : new Monotone.Pair(piece, whole, share);
        }
    }

    /** A sentence of a point; {@code clear} when no sentence of another point comes close to it. */
    private record SentenceMatch(int point, int sentence, boolean clear) {
        static final SentenceMatch NONE = new SentenceMatch(-1, -1, false);
    }

    private final List<PointText> fromPoints;
    private final List<PointText> toPoints;
    private final FeatureSpace space;
    private final Side old;
    private final Side neu;
    /** The position of each old and new point's lead-in (the point numbered "6" for "6.a"), or -1. */
    private final int[] oldLeadIn;
    private final int[] newLeadIn;
    private final List<Group> groups = new ArrayList<>();
    /** The runs of words each draft holds once, between an old and a new point; found when first needed. */
    private List<TextMoves.SharedRun> carried;
    /** The points of the other draft each old point ({@code [0]}) and new point ({@code [1]}) shares such runs with. */
    private List<Map<Integer, Set<Integer>>> carriedWith;

    AlignmentRun(List<PointText> fromPoints, List<PointText> toPoints) {
        this.fromPoints = fromPoints;
        this.toPoints = toPoints;
        this.space = FeatureSpace.of(texts(fromPoints), texts(toPoints));
        this.old = new Side(space.from(), Candidates.find(space.from(), space.to(), space.featureCount(), CANDIDATES));
        this.neu = new Side(space.to(), Candidates.find(space.to(), space.from(), space.featureCount(), CANDIDATES));
        this.oldLeadIn = leadIns(fromPoints);
        this.newLeadIn = leadIns(toPoints);
    }

    private static int[] leadIns(List<PointText> points) {
        var positions = new HashMap<String, Integer>();
        int[] leadIns = new int[points.size()];
        for (int k = 0; k < points.size(); k++) {
            String number = points.get(k).number();
            int dot = number.lastIndexOf('.');
            leadIns[k] = dot < 0 ? -1 : positions.getOrDefault(number.substring(0, dot), -1);
            positions.putIfAbsent(number, k);
        }
        return leadIns;
    }

    /** Takes a confirmed link (or confirmed drop or addition) as given, its points in the drafts' order. */
    void confirm(int[] confirmedFrom, int[] confirmedTo) {
        int[] from = IntStream.of(confirmedFrom).sorted().toArray();
        int[] to = IntStream.of(confirmedTo).sorted().toArray();
        for (int i : from) {
            old.settle(i);
        }
        for (int j : to) {
            neu.settle(j);
        }
        for (int i : from) {
            old.byPerson[i] = true;
        }
        for (int j : to) {
            neu.byPerson[j] = true;
        }
        if (from.length == 1 && to.length == 1) {
            old.match[from[0]] = to[0];
            neu.match[to[0]] = from[0];
            old.confirmed[from[0]] = true;
            neu.confirmed[to[0]] = true;
        } else if (from.length > 0 && to.length > 0) {
            groups.add(new Group(from, to));
        }
    }

    Alignment align() {
        matchInOrder();
        matchMoves();
        old.rankWordRivals(this::wordSimilarity);
        neu.rankWordRivals((j, i) -> wordSimilarity(i, j));
        matchRewordedInPlace();
        matchRewordedMoves();
        matchPiecesBesideLinks();
        matchGroups();
        matchCarriedText();
        matchCarriedSentences();
        matchLeftovers();
        attachLeadIns(neu, old, toPoints, true);
        attachLeadIns(old, neu, fromPoints, false);
        return result();
    }

    /**
     * Joins an unlinked lead-in ("Jurisdiction. Without prejudice to ...,") to a link, or links it:
     * a clause that became a lead-in and items, or items that were folded back into one clause, is
     * a split or merge that includes the lead-in. Lead-ins are taken inner first, so that one
     * nested in another has found its place before the outer one looks at its items.
     * The items say where the lead-in belongs, as in aligning two trees: the lead-in's
     * counterpart is the nearest point of the other side at or above all the points its items are
     * linked with ({@link #counterpartAbovePartners}): their shared lead-in (6.a, 6.b, 6.c with 3.a,
     * 3.b, 3.c under 3), or the one point they all came from (3 split into a lead-in and its items
     * 3.1, 3.2). Where the items came from points that lie under no one point, as when a redraft
     * puts headings over sections that had none, the lead-in has no counterpart and stays added.
     * Only where the link stays one point against several, and never a link a person confirmed.
     */
    private void attachLeadIns(Side side, Side other, List<PointText> points, boolean isNew) {
        for (int lead = points.size() - 1; lead >= 0; lead--) {
            if (!side.isFree(lead)) {
                continue;
            }
            int end = endOfItems(lead, points);
            int counterpart = counterpartAbovePartners(lead, end, side, other, isNew);
            if (counterpart >= 0) {
                joinPiece(lead, counterpart, side, other, isNew);
            }
        }
    }

    /** The position after the last of the points that follow {@code lead} under its number: its items, and theirs. */
    private static int endOfItems(int lead, List<PointText> points) {
        String prefix = points.get(lead).number() + ".";
        int end = lead + 1;
        while (end < points.size() && points.get(end).number().startsWith(prefix)) {
            end++;
        }
        return end;
    }

    /**
     * The point of {@code other} at or above all the points the items of {@code lead} are linked
     * with, or -1: each of those points counts with the chain of lead-ins above it, and the chains
     * must meet. Going up from the nearest point where they meet, the first that holds at least
     * {@link #LEAD_IN_CONTAINED} of the lead-in's words (a heading such as "Jurisdiction"
     * suffices, a lead-in sharing no word does not) and can take it: one further up serves when
     * the words say the lead-in speaks for the section above ("its licence agreement:" against "If
     * a contributor distributes the program, then:"). The nearest also serves without words when
     * it is free and its items and the lead-in's pair off ({@link #itemsPairOff}).
     */
    private int counterpartAbovePartners(int lead, int end, Side side, Side other, boolean isNew) {
        int[] otherLeadIns = isNew ? oldLeadIn : newLeadIn;
        List<Integer> shared = null;
        for (int item = lead + 1; item < end; item++) {
            for (int partner : wholesLinkedTo(item, side, isNew)) {
                var above = new ArrayList<Integer>();
                for (int k = partner; k >= 0; k = otherLeadIns[k]) {
                    above.add(k);
                }
                if (shared == null) {
                    shared = above;
                } else {
                    shared.retainAll(above);
                }
            }
        }
        if (shared == null || shared.isEmpty()) {
            return -1;
        }
        SparseVector words = (isNew ? space.toWords() : space.fromWords()).get(lead);
        List<SparseVector> otherWords = isNew ? space.fromWords() : space.toWords();
        for (int candidate : shared) {
            if (words.containedIn(otherWords.get(candidate)) >= LEAD_IN_CONTAINED && canTakePiece(candidate, other, isNew)) {
                return candidate;
            }
        }
        int nearest = shared.get(0);
        return other.isFree(nearest) && itemsPairOff(lead, nearest, isNew) ? nearest : -1;
    }

    /**
     * Whether lead-ins {@code lead} and {@code other} (of the other side) each have at least two
     * items, and every item of each is linked one to one with an item of the other: then the
     * structure alone says they are one lead-in ("You must do either (A) or (B):" and "You
     * distribute at least one of the following:" over the same two options), words or none.
     */
    private boolean itemsPairOff(int lead, int other, boolean isNew) {
        int[] leadIns = isNew ? newLeadIn : oldLeadIn;
        int[] otherLeadIns = isNew ? oldLeadIn : newLeadIn;
        return itemsLinkedUnder(lead, isNew ? toPoints : fromPoints, isNew ? neu : old, leadIns, other, otherLeadIns)
                && itemsLinkedUnder(other, isNew ? fromPoints : toPoints, isNew ? old : neu, otherLeadIns, lead, leadIns);
    }

    /** Whether {@code lead} has at least two items and each is linked one to one with an item of {@code partnerLead}. */
    private static boolean itemsLinkedUnder(int lead, List<PointText> points, Side side, int[] leadIns,
            int partnerLead, int[] partnerLeadIns) {
        int items = 0;
        for (int k = lead + 1, end = endOfItems(lead, points); k < end; k++) {
            if (leadIns[k] != lead) {
                continue;
            }
            if (side.match[k] < 0 || partnerLeadIns[side.match[k]] != partnerLead) {
                return false;
            }
            items++;
        }
        return items >= 2;
    }

    /**
     * Whether a lead-in or another piece can be linked with point {@code whole} of {@code other}
     * or join its link: the point is free, linked one to one, or the single whole of a group, and
     * no person confirmed its link.
     */
    private boolean canTakePiece(int whole, Side other, boolean isNew) {
        if (other.byPerson[whole]) {
            return false;
        }
        if (other.isFree(whole) || other.match[whole] >= 0) {
            return true;
        }
        return groupOfWhole(whole, isNew) >= 0;
    }

    /** The position in {@link #groups} of the group whose one point on the other side is {@code whole}, or -1. */
    private int groupOfWhole(int whole, boolean isNew) {
        for (int g = 0; g < groups.size(); g++) {
            int[] wholes = isNew ? groups.get(g).from() : groups.get(g).to();
            if (wholes.length == 1 && wholes[0] == whole) {
                return g;
            }
        }
        return -1;
    }

    /**
     * The points of the other side that item {@code item} is linked with alone or as one of
     * several pieces.
     */
    private List<Integer> wholesLinkedTo(int item, Side side, boolean isNew) {
        if (side.match[item] >= 0) {
            return List.of(side.match[item]);
        }
        for (Group group : groups) {
            int[] pieces = isNew ? group.to() : group.from();
            int[] wholes = isNew ? group.from() : group.to();
            if (wholes.length == 1 && Arrays.stream(pieces).anyMatch(k -> k == item)) {
                return List.of(wholes[0]);
            }
        }
        return List.of();
    }

    /**
     * Links {@code piece} (a lead-in or another piece) with point {@code whole} of the other side,
     * or adds it to that point's link; see {@link #canTakePiece}.
     */
    private void joinPiece(int piece, int whole, Side side, Side other, boolean isNew) {
        if (other.isFree(whole)) {
            if (isNew) {
                link(whole, piece);
            } else {
                link(piece, whole);
            }
            return;
        }
        side.settle(piece);
        int partner = other.match[whole];
        if (partner >= 0) {
            other.match[whole] = -1;
            side.match[partner] = -1;
            other.settle(whole);
            side.settle(partner);
            int[] pieces = IntStream.of(piece, partner).sorted().toArray();
            groups.add(isNew ? new Group(new int[] {whole}, pieces) : new Group(pieces, new int[] {whole}));
            return;
        }
        int g = groupOfWhole(whole, isNew);
        if (g < 0) {
            throw new IllegalStateException("point " + whole + " can take no piece");
        }
        Group group = groups.get(g);
        int[] wholes = isNew ? group.from() : group.to();
        int[] pieces = IntStream.concat(IntStream.of(isNew ? group.to() : group.from()), IntStream.of(piece)).sorted().toArray();
        groups.set(g, isNew ? new Group(wholes, pieces) : new Group(pieces, wholes));
    }

    private void matchGroups() {
        for (int[] group : findGroups(neu, old)) {
            groups.add(new Group(Arrays.copyOfRange(group, 1, group.length), new int[] {group[0]}));
        }
        for (int[] group : findGroups(old, neu)) {
            groups.add(new Group(new int[] {group[0]}, Arrays.copyOfRange(group, 1, group.length)));
        }
    }

    private void matchInOrder() {
        var anchors = new ArrayList<Monotone.Pair>();
        for (int i = 0; i < fromPoints.size(); i++) {
            if (old.confirmed[i]) {
                anchors.add(new Monotone.Pair(i, old.match[i], 1.0));
            } else if (isAnchor(i)) {
                anchors.add(new Monotone.Pair(i, old.candidates.of(i)[0], old.candidates.best(i)));
            }
        }
        List<Monotone.Pair> backbone = Monotone.heaviestChain(anchors);
        int lastFrom = -1;
        int lastTo = -1;
        for (Monotone.Pair pair : backbone) {
            link(pair.from(), pair.to());
            alignGap(lastFrom + 1, pair.from(), lastTo + 1, pair.to(), this::similarity, GAP_MIN);
            lastFrom = pair.from();
            lastTo = pair.to();
        }
        alignGap(lastFrom + 1, fromPoints.size(), lastTo + 1, toPoints.size(), this::similarity, GAP_MIN);
    }

    /**
     * Links reworded points that stayed in place: in each stretch between points already linked
     * in order (or a draft's start or end), pairs whose stemmed words overlap are aligned in order
     * with a lower bar than {@link #GAP_MIN}, and lower still when one old and one new point are
     * all the stretch holds, since a weak match squeezed between linked neighbours is far likelier
     * real than one elsewhere. Each round's links bound the next round's stretches.
     */
    private void matchRewordedInPlace() {
        boolean linked = true;
        for (int round = 0; linked && round < REWORDED_ROUNDS; round++) {
            var pairs = new ArrayList<Monotone.Pair>();
            for (int i = 0; i < fromPoints.size(); i++) {
                if (old.match[i] >= 0) {
                    pairs.add(new Monotone.Pair(i, old.match[i], 1));
                }
            }
            int before = pairs.size();
            int lastFrom = -1;
            int lastTo = -1;
            for (Monotone.Pair pair : Monotone.heaviestChain(pairs)) {
                alignRewordedGap(lastFrom + 1, pair.from(), lastTo + 1, pair.to());
                lastFrom = pair.from();
                lastTo = pair.to();
            }
            alignRewordedGap(lastFrom + 1, fromPoints.size(), lastTo + 1, toPoints.size());
            int after = 0;
            for (int i = 0; i < fromPoints.size(); i++) {
                after += old.match[i] >= 0 ? 1 : 0;
            }
            linked = after > before;
        }
    }

    private void alignRewordedGap(int fromStart, int fromEnd, int toStart, int toEnd) {
        boolean squeezed = old.free(fromStart, fromEnd).length == 1 && neu.free(toStart, toEnd).length == 1;
        alignGap(fromStart, fromEnd, toStart, toEnd, this::mutualWordSimilarity,
                squeezed ? REWORDED_SQUEEZED_MIN : REWORDED_GAP_MIN);
    }

    /**
     * {@link #wordSimilarity}, or 0 when either point has another candidate in the other draft
     * that its words match at least as well: a weak match is only believed when nothing explains
     * either point better. The other point's lead-in is no rival: a lead-in speaks of what its
     * items say.
     */
    private double mutualWordSimilarity(int i, int j) {
        double score = wordSimilarity(i, j);
        return score > old.wordRival(i, j, newLeadIn[j]) && score > neu.wordRival(j, i, oldLeadIn[i]) ? score : 0;
    }

    /**
     * Links a point split into two adjacent new points (or two adjacent old points merged into
     * one) in place: the whole lies right after (or right before) a point linked one to one, and
     * the two pieces right after (or before) that link's other point, all three free, the pieces
     * {@link #siblings} in their draft's outline. Neither
     * piece need match the whole well alone, since each carries only part of it; the evidence is
     * their place, and that together they match its stemmed words better than either does alone
     * (at {@link #PIECES_BESIDE_MIN} or more; a piece that shares no word cannot raise the joined
     * score), with the whole's best candidate one of them. The in-place two-for-one bead of sentence aligners
     * (W. A. Gale and K. W. Church, 1993), read by words. Best-first by the joined score.
     */
    private void matchPiecesBesideLinks() {
        var found = new ArrayList<Pieces>();
        collectPiecesBesideLinks(old, neu, false, found);
        collectPiecesBesideLinks(neu, old, true, found);
        found.sort(Comparator.comparingDouble(Pieces::score).reversed());
        for (Pieces pieces : found) {
            Side whole = pieces.merge() ? neu : old;
            Side parts = pieces.merge() ? old : neu;
            int w = pieces.whole();
            int p = pieces.first();
            if (whole.isFree(w) && parts.isFree(p) && parts.isFree(p + 1)) {
                whole.settle(w);
                parts.settle(p);
                parts.settle(p + 1);
                int[] joined = {p, p + 1};
                groups.add(pieces.merge() ? new Group(joined, new int[] {w}) : new Group(new int[] {w}, joined));
            }
        }
    }

    /** Two adjacent pieces, the first at {@code first}, that may join {@code whole}, by their joined word score. */
    private record Pieces(double score, boolean merge, int whole, int first) {
    }

    /** The wholes on {@code whole}'s side with two free pieces beside a link's other point, for {@link #matchPiecesBesideLinks}. */
    private void collectPiecesBesideLinks(Side whole, Side parts, boolean merge, List<Pieces> found) {
        List<SparseVector> wholeWords = merge ? space.toWords() : space.fromWords();
        List<SparseVector> partWords = merge ? space.fromWords() : space.toWords();
        for (int w = 0; w < wholeWords.size(); w++) {
            if (!whole.isFree(w)) {
                continue;
            }
            var firstPieces = new ArrayList<Integer>(2);
            if (w > 0 && whole.match[w - 1] >= 0) {
                firstPieces.add(whole.match[w - 1] + 1);
            }
            if (w + 1 < wholeWords.size() && whole.match[w + 1] >= 0) {
                firstPieces.add(whole.match[w + 1] - 2);
            }
            for (int p : firstPieces) {
                if (p < 0 || p + 1 >= partWords.size() || !parts.isFree(p) || !parts.isFree(p + 1)
                        || (whole.wordBest(w) != p && whole.wordBest(w) != p + 1)
                        || !siblings(p, p + 1, merge ? oldLeadIn : newLeadIn)) {
                    continue;
                }
                SparseVector target = wholeWords.get(w);
                double first = target.cosine(partWords.get(p));
                double second = target.cosine(partWords.get(p + 1));
                double joined = target.cosine(space.joined(List.of(partWords.get(p), partWords.get(p + 1))));
                if (joined > Math.max(first, second) && joined >= PIECES_BESIDE_MIN) {
                    found.add(new Pieces(joined, merge, w, p));
                }
            }
        }
    }

    /**
     * Links reworded points that moved: a free old and a free new point that are each other's
     * best candidate by stemmed words, each clearly ahead of its runner-up. A relative test, since
     * a heavily reworded point may share few words with its new self, but fewer with any other.
     */
    private void matchRewordedMoves() {
        var pairs = new ArrayList<Monotone.Pair>();
        for (int i = 0; i < fromPoints.size(); i++) {
            if (!old.isFree(i)) {
                continue;
            }
            int j = clearBest(i, old, neu);
            if (j >= 0 && clearBest(j, neu, old) == i) {
                pairs.add(new Monotone.Pair(i, j, wordSimilarity(i, j)));
            }
        }
        for (Monotone.Pair pair : pairs) {
            link(pair.from(), pair.to());
        }
    }

    /** The candidate of {@code query} that is its clear best by stemmed words, if it is free; else -1. */
    private static int clearBest(int query, Side side, Side other) {
        int best = side.wordBest(query);
        double score = side.wordBestScore(query);
        boolean clear = best >= 0 && score >= REWORDED_MOVE_MIN && side.wordRival(query, best) <= score * REWORDED_MOVE_RIVAL;
        return clear && other.isFree(best) ? best : -1;
    }

    private boolean isAnchor(int i) {
        if (old.settled[i] || old.candidates.of(i).length == 0) {
            return false;
        }
        int j = old.candidates.of(i)[0];
        double score = old.candidates.best(i);
        return !neu.settled[j]
                && score >= ANCHOR_MIN
                && neu.candidates.of(j).length > 0 && neu.candidates.of(j)[0] == i
                && old.candidates.secondBest(i) < score - ANCHOR_MARGIN
                && neu.candidates.secondBest(j) < score - ANCHOR_MARGIN;
    }

    /**
     * Aligns old points [fromStart, fromEnd) with new points [toStart, toEnd), keeping order,
     * linking pairs that {@code measure} puts at {@code min} or more.
     */
    private void alignGap(int fromStart, int fromEnd, int toStart, int toEnd, Measure measure, double min) {
        int[] sources = old.free(fromStart, fromEnd);
        int[] targets = neu.free(toStart, toEnd);
        if (sources.length == 0 || targets.length == 0) {
            return;
        }
        if ((long) sources.length * targets.length <= GAP_DP_CELLS) {
            alignGapExactly(sources, targets, measure, min);
        } else {
            alignGapByCandidates(sources, toStart, toEnd, measure, min);
        }
    }

    private void alignGapExactly(int[] sources, int[] targets, Measure measure, double min) {
        int n = sources.length;
        int m = targets.length;
        double[][] gain = new double[n][m];
        double[][] best = new double[n + 1][m + 1];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < m; b++) {
                double similarity = measure.of(sources[a], targets[b]);
                gain[a][b] = similarity >= min ? similarity - min + 1e-9 : -1;
                double diagonal = gain[a][b] >= 0 ? best[a][b] + gain[a][b] : -1;
                best[a + 1][b + 1] = Math.max(Math.max(best[a][b + 1], best[a + 1][b]), diagonal);
            }
        }
        int a = n;
        int b = m;
        while (a > 0 && b > 0) {
            if (best[a][b] == best[a - 1][b]) {
                a--;
            } else if (best[a][b] == best[a][b - 1]) {
                b--;
            } else {
                link(sources[a - 1], targets[b - 1]);
                a--;
                b--;
            }
        }
    }

    private void alignGapByCandidates(int[] sources, int toStart, int toEnd, Measure measure, double min) {
        var pairs = new ArrayList<Monotone.Pair>();
        for (int i : sources) {
            for (int j : old.candidates.of(i)) {
                if (j < toStart || j >= toEnd || !neu.isFree(j)) {
                    continue;
                }
                double score = measure.of(i, j);
                if (score >= min) {
                    pairs.add(new Monotone.Pair(i, j, score));
                }
            }
        }
        for (Monotone.Pair pair : Monotone.heaviestChain(greedy(pairs))) {
            link(pair.from(), pair.to());
        }
    }

    private void matchMoves() {
        var pairs = new ArrayList<Monotone.Pair>();
        for (int i = 0; i < fromPoints.size(); i++) {
            if (!old.isFree(i)) {
                continue;
            }
            int[] candidates = old.candidates.of(i);
            for (int c = 0; c < candidates.length; c++) {
                int j = candidates[c];
                double score = old.candidates.scoresOf(i)[c];
                if (neu.isFree(j) && score >= MOVE_MIN) {
                    pairs.add(new Monotone.Pair(i, j, score));
                }
            }
        }
        for (Monotone.Pair pair : greedy(pairs)) {
            link(pair.from(), pair.to());
        }
    }

    /**
     * Links a free old point and a free new point that share a run of words each draft holds only
     * once ({@link TextMoves#MIN_WORDS} words or more, {@link TextMoves}): text carried over word
     * for word is evidence that the new point is the old one, whatever else became of it, where
     * stemmed words alone would drown it. Like a place between linked neighbours, such a run lowers
     * the bar for their stemmed words to {@link #REWORDED_GAP_MIN} but does not lift it: a stock
     * phrase ("if the Program as you received it") carried into an unrelated clause, or a list of
     * notices repeated in a new definition, is no link. Pairs sharing more such words go first.
     */
    private void matchCarriedText() {
        if (IntStream.range(0, fromPoints.size()).noneMatch(old::isFree)
                || IntStream.range(0, toPoints.size()).noneMatch(neu::isFree)) {
            return;
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (TextMoves.SharedRun run : carried()) {
            int i = run.oldText();
            int j = run.newText();
            if (old.isFree(i) && neu.isFree(j)) {
                shared.merge((long) i << 32 | j, run.words(), Integer::sum);
            }
        }
        var pairs = new ArrayList<Monotone.Pair>();
        shared.forEach((pair, words) -> {
            int i = (int) (pair >>> 32);
            int j = (int) (long) pair;
            if (wordSimilarity(i, j) >= REWORDED_GAP_MIN) {
                pairs.add(new Monotone.Pair(i, j, words));
            }
        });
        for (Monotone.Pair pair : greedy(pairs)) {
            link(pair.from(), pair.to());
        }
    }

    /**
     * Links points by the sentences they carried over, reworded or not: a sentence of a free
     * point and a sentence of the other draft that are each other's best (at
     * {@link #SENTENCE_MIN} or more, with no other point's sentence within
     * {@link #SENTENCE_RIVAL} of it) say that the sentence went from one point to the other. When
     * such sentences hold at least {@link #SENTENCES_CARRIED} of a free point's words, the point
     * is linked with the point they came from or went to: one to one when that point is free
     * too, else as one more piece of its link (a clause whose sentences a redraft dealt out to
     * several points). Read by sentence, a piece of a long point is not lost in the rest of it,
     * and a sentence its old point kept is no evidence, since it is that point's best.
     */
    private void matchCarriedSentences() {
        var carried = new ArrayList<Carried>(carriedSentences(old, neu, false));
        carried.addAll(carriedSentences(neu, old, true));
        var bothFree = new ArrayList<Monotone.Pair>();
        for (Carried c : carried) {
            if ((c.pieceIsNew() ? old : neu).isFree(c.whole())) {
                bothFree.add(c.pair());
            }
        }
        for (Monotone.Pair pair : greedy(bothFree)) {
            link(pair.from(), pair.to());
        }
        carried.sort(Comparator.comparingDouble(Carried::share).reversed());
        for (Carried c : carried) {
            Side side = c.pieceIsNew() ? neu : old;
            Side other = c.pieceIsNew() ? old : neu;
            if (side.isFree(c.piece()) && !other.isFree(c.whole()) && canTakePiece(c.whole(), other, c.pieceIsNew())) {
                joinPiece(c.piece(), c.whole(), side, other, c.pieceIsNew());
            }
        }
    }

    /**
     * Each free point of {@code side} (the new draft when {@code isNew}) whose carried sentences
     * (see {@link #matchCarriedSentences}) hold at least {@link #SENTENCES_CARRIED} of its words
     * with one point of {@code other}.
     */
    private List<Carried> carriedSentences(Side side, Side other, boolean isNew) {
        var found = new ArrayList<Carried>();
        for (int p = 0; p < side.vectors.size(); p++) {
            if (!side.isFree(p)) {
                continue;
            }
            SparseVector[] sentences = space.sentencesOf(p, isNew);
            int words = 0;
            for (SparseVector sentence : sentences) {
                words += sentence.ids().length;
            }
            Map<Integer, Integer> carried = new HashMap<>();
            for (int s = 0; s < sentences.length; s++) {
                if (sentences[s].ids().length < SENTENCE_WORDS) {
                    continue;
                }
                SentenceMatch there = bestSentence(sentences[s], side.candidates.of(p), !isNew, -1);
                if (!there.clear()) {
                    continue;
                }
                SentenceMatch back = bestSentence(space.sentencesOf(there.point(), !isNew)[there.sentence()],
                        other.candidates.of(there.point()), isNew, p);
                if (back.point() == p && back.sentence() == s) {
                    carried.merge(there.point(), sentences[s].ids().length, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> entry : carried.entrySet()) {
                double share = (double) entry.getValue() / words;
                if (share >= SENTENCES_CARRIED) {
                    found.add(new Carried(p, entry.getKey(), isNew, share));
                }
            }
        }
        return found;
    }

    /**
     * The sentence most like {@code sentence} among those of {@code points} (of the new draft
     * when {@code inNew}) and of {@code alsoPoint} when it is not -1, if it scores at least
     * {@link #SENTENCE_MIN}; clear when no sentence of another point comes within
     * {@link #SENTENCE_RIVAL} of it.
     */
    private SentenceMatch bestSentence(SparseVector sentence, int[] points, boolean inNew, int alsoPoint) {
        SentenceMatch best = SentenceMatch.NONE;
        double bestScore = 0;
        double rival = 0;
        int[] searched = alsoPoint < 0 || IntStream.of(points).anyMatch(q -> q == alsoPoint) ? points
                : IntStream.concat(IntStream.of(points), IntStream.of(alsoPoint)).toArray();
        for (int q : searched) {
            SparseVector[] sentences = space.sentencesOf(q, inNew);
            double pointBest = 0;
            int pointBestSentence = -1;
            for (int t = 0; t < sentences.length; t++) {
                double score = sentence.cosine(sentences[t]);
                if (score > pointBest) {
                    pointBest = score;
                    pointBestSentence = t;
                }
            }
            if (pointBest > bestScore) {
                rival = bestScore;
                bestScore = pointBest;
                best = new SentenceMatch(q, pointBestSentence, false);
            } else {
                rival = Math.max(rival, pointBest);
            }
        }
        if (bestScore < SENTENCE_MIN) {
            return SentenceMatch.NONE;
        }
        return new SentenceMatch(best.point(), best.sentence(), rival <= SENTENCE_RIVAL * bestScore);
    }

    private List<TextMoves.SharedRun> carried() {
        if (carried == null) {
            carried = TextMoves.sharedRuns(texts(fromPoints), texts(toPoints));
        }
        return carried;
    }

    /** The points of the other draft that share a run of words with {@code point} that each draft holds once. */
    private Set<Integer> carriedWith(int point, boolean isNew) {
        if (carriedWith == null) {
            carriedWith = List.of(new HashMap<>(), new HashMap<>());
            for (TextMoves.SharedRun run : carried()) {
                carriedWith.get(0).computeIfAbsent(run.oldText(), i -> new HashSet<>()).add(run.newText());
                carriedWith.get(1).computeIfAbsent(run.newText(), j -> new HashSet<>()).add(run.oldText());
            }
        }
        return carriedWith.get(isNew ? 1 : 0).getOrDefault(point, Set.of());
    }

    /**
     * Links what is still unlinked at the end best-first, one to one, by stemmed words at
     * {@link #LEFTOVER_MIN} or more: once every stage that relies on order, clear margins or groups
     * has run, a pair of leftovers that share this much vocabulary is likelier one clause rewritten
     * than a clause dropped beside an unrelated one added.
     */
    private void matchLeftovers() {
        var pairs = new ArrayList<Monotone.Pair>();
        for (int i = 0; i < fromPoints.size(); i++) {
            if (!old.isFree(i)) {
                continue;
            }
            for (int j : old.candidates.of(i)) {
                double score = wordSimilarity(i, j);
                if (neu.isFree(j) && score >= LEFTOVER_MIN) {
                    pairs.add(new Monotone.Pair(i, j, score));
                }
            }
        }
        for (Monotone.Pair pair : greedy(pairs)) {
            link(pair.from(), pair.to());
        }
    }

    /** Best-first one-to-one choice among {@code pairs}. */
    private static List<Monotone.Pair> greedy(List<Monotone.Pair> pairs) {
        pairs.sort(Comparator.comparingDouble(Monotone.Pair::weight).reversed()
                .thenComparingInt(Monotone.Pair::from).thenComparingInt(Monotone.Pair::to));
        Set<Integer> usedFrom = new HashSet<>();
        Set<Integer> usedTo = new HashSet<>();
        var chosen = new ArrayList<Monotone.Pair>();
        for (Monotone.Pair pair : pairs) {
            if (!usedFrom.contains(pair.from()) && !usedTo.contains(pair.to())) {
                usedFrom.add(pair.from());
                usedTo.add(pair.to());
                chosen.add(pair);
            }
        }
        return chosen;
    }

    /**
     * Points of {@code whole}'s side that several unmatched points of {@code parts}' side explain
     * better together than any one of them does. Each result is {whole, part, part, ...}, parts in
     * draft order; the points are settled and their one-to-one matches undone. A part joins when
     * it raises the joined score or, beside another part, the share of the whole it covers; or
     * when, beside another part, it lies almost wholly ({@link #PART_WITHIN}) in the whole and
     * the whole is its best candidate: the last of several pieces adds little to a group that
     * already covers most of the whole, yet it is a piece all the same.
     */
    private List<int[]> findGroups(Side whole, Side parts) {
        var found = new ArrayList<int[]>();
        for (int w = 0; w < whole.vectors.size(); w++) {
            if (whole.settled[w]) {
                continue;
            }
            int partner = whole.match[w];
            SparseVector target = whole.vectors.get(w);
            var members = new ArrayList<Integer>();
            double score = 0;
            double covered = 0;
            if (partner >= 0) {
                members.add(partner);
                score = target.cosine(parts.vectors.get(partner));
                covered = target.containedIn(parts.vectors.get(partner));
            }
            for (int p : whole.candidates.of(w)) {
                if (p == partner || !parts.isFree(p)) {
                    continue;
                }
                double contained = parts.vectors.get(p).containedIn(target);
                boolean beside = members.contains(p - 1) || members.contains(p + 1);
                if (contained < PART_CONTAINED && !(beside && contained >= PART_CONTAINED_BESIDE)) {
                    continue;
                }
                members.add(p);
                SparseVector joined = space.joined(vectorsOf(parts, members));
                double joinedScore = target.cosine(joined);
                double joinedCovered = target.containedIn(joined);
                if (members.size() == 1 || joinedScore >= score + GROUP_GAIN
                        || beside && joinedCovered >= covered + COVERAGE_GAIN
                        || beside && contained >= PART_WITHIN && parts.candidates.of(p)[0] == w) {
                    score = joinedScore;
                    covered = joinedCovered;
                } else {
                    members.remove(members.size() - 1);
                }
            }
            if (members.size() >= 2 && score >= GROUP_MIN) {
                if (partner >= 0) {
                    parts.match[partner] = -1;
                    whole.match[w] = -1;
                }
                whole.settle(w);
                int[] group = new int[members.size() + 1];
                group[0] = w;
                int k = 1;
                for (int p : members.stream().sorted().toList()) {
                    parts.settle(p);
                    group[k++] = p;
                }
                found.add(group);
            }
        }
        return found;
    }

    /**
     * Whether adjacent points {@code first} and {@code next} belong together in their draft's
     * outline: items of one lead-in (or both at the top), or a lead-in and its first item. The last
     * item of one section and the next section's lead-in are not.
     */
    private static boolean siblings(int first, int next, int[] leadIns) {
        return leadIns[first] == leadIns[next] || leadIns[next] == first;
    }

    private static List<SparseVector> vectorsOf(Side side, List<Integer> members) {
        var vectors = new ArrayList<SparseVector>(members.size());
        for (int p : members) {
            vectors.add(side.vectors.get(p));
        }
        return vectors;
    }

    /**
     * The links, each one to one link kept or reworded when it lies on the heaviest in-order
     * chain and moved otherwise. Where two links cross, one of them moved; the chain keeps the
     * one that is more alike and lies nearer its place, so that the point carried farthest is
     * the one called moved (point 16 brought up to 6 past point 11 → 7, not 11 sent down).
     */
    private Alignment result() {
        var pairs = new ArrayList<Monotone.Pair>();
        for (int i = 0; i < fromPoints.size(); i++) {
            int j = old.match[i];
            if (j >= 0) {
                pairs.add(new Monotone.Pair(i, j, 1 + similarity(i, j) + nearness(i, j)));
            }
        }
        Set<Integer> inOrder = new HashSet<>();
        for (Monotone.Pair pair : Monotone.heaviestChain(pairs)) {
            inOrder.add(pair.from());
        }
        var links = new ArrayList<Link>();
        var linkStart = new ArrayList<Integer>();
        for (Monotone.Pair pair : pairs) {
            links.add(oneToOne(pair.from(), pair.to(), inOrder.contains(pair.from())));
            linkStart.add(pair.from());
        }
        for (Group group : groups) {
            links.add(grouped(group));
            linkStart.add(group.from()[0]);
        }
        boolean[] fromLinked = new boolean[fromPoints.size()];
        boolean[] toLinked = new boolean[toPoints.size()];
        for (Monotone.Pair pair : pairs) {
            fromLinked[pair.from()] = true;
            toLinked[pair.to()] = true;
        }
        for (Group group : groups) {
            Arrays.stream(group.from()).forEach(i -> fromLinked[i] = true);
            Arrays.stream(group.to()).forEach(j -> toLinked[j] = true);
        }
        Integer[] order = new Integer[links.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingInt(linkStart::get));
        var sorted = new ArrayList<Link>(links.size());
        for (int k : order) {
            sorted.add(links.get(k));
        }
        return new Alignment(sorted, unlinked(fromPoints, fromLinked), unlinked(toPoints, toLinked),
                suggestions(pairs, fromLinked, toLinked));
    }

    /**
     * Links a person may want to make among the points left unlinked (and not confirmed as
     * dropped or added), best first: pairs of them ({@link #pairSuggestions}) and pieces that
     * would join a link ({@link #joinSuggestion}).
     */
    private List<Suggestion> suggestions(List<Monotone.Pair> links, boolean[] fromLinked, boolean[] toLinked) {
        int[] freeOld = IntStream.range(0, fromPoints.size()).filter(i -> !fromLinked[i] && !old.settled[i]).toArray();
        int[] freeNew = IntStream.range(0, toPoints.size()).filter(j -> !toLinked[j] && !neu.settled[j]).toArray();
        var linked = new LinkIndex(links);
        var suggestions = new ArrayList<>(pairSuggestions(freeOld, freeNew, linked));
        for (int i : freeOld) {
            joinSuggestion(i, old, neu, linked, false).ifPresent(suggestions::add);
        }
        for (int j : freeNew) {
            joinSuggestion(j, neu, old, linked, true).ifPresent(suggestions::add);
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return suggestions;
    }

    /**
     * Pairs of a free old and a free new point, each among the other's
     * {@link #SUGGESTIONS_PER_POINT} best free points of the other draft by stemmed words, at
     * {@link #SUGGESTION_MIN} or more. Asking both sides keeps a lone added point from being
     * offered to every dropped one.
     */
    private List<Suggestion> pairSuggestions(int[] freeOld, int[] freeNew, LinkIndex linked) {
        if (freeOld.length == 0 || freeNew.length == 0) {
            return List.of();
        }
        List<SparseVector> oldWords = Arrays.stream(freeOld).mapToObj(i -> space.fromWords().get(i)).toList();
        List<SparseVector> newWords = Arrays.stream(freeNew).mapToObj(j -> space.toWords().get(j)).toList();
        Candidates forward = Candidates.find(oldWords, newWords, space.featureCount(), SUGGESTIONS_PER_POINT);
        Candidates backward = Candidates.find(newWords, oldWords, space.featureCount(), SUGGESTIONS_PER_POINT);
        var suggestions = new ArrayList<Suggestion>();
        for (int a = 0; a < freeOld.length; a++) {
            for (int c = 0; c < forward.of(a).length; c++) {
                int b = forward.of(a)[c];
                double score = forward.scoresOf(a)[c];
                int query = a;
                if (score >= SUGGESTION_MIN && Arrays.stream(backward.of(b)).anyMatch(back -> back == query)) {
                    int i = freeOld[a];
                    int j = freeNew[b];
                    suggestions.add(Suggestion.oneToOne(fromPoints.get(i).number(), toPoints.get(j).number(),
                            linked.inOrder(i, j) ? LinkKind.REWORDED : LinkKind.MOVED, score));
                }
            }
        }
        return suggestions;
    }

    /**
     * A free point that would join a link as one more piece: a dropped old point whose stemmed words
     * lie mostly ({@link #PIECE_CONTAINED}) in a new point already linked, where joining it to
     * that link's old side covers at least {@link #COVERAGE_GAIN} more of the new point's weight
     * (a merge), or the same for an added new point and a linked old point (a split), all by
     * stemmed words; or a free point that shares with a linked point a run of words each draft
     * holds once ({@link TextMoves}), which needs no more evidence. The most alike such link, if
     * any; never one a person confirmed.
     */
    private Optional<Suggestion> joinSuggestion(int piece, Side side, Side other, LinkIndex linked, boolean isNew) {
        List<SparseVector> words = isNew ? space.toWords() : space.fromWords();
        List<SparseVector> otherWords = isNew ? space.fromWords() : space.toWords();
        Set<Integer> carriedTo = carriedWith(piece, isNew);
        Set<Integer> wholes = new LinkedHashSet<>(carriedTo);
        Arrays.stream(side.candidates.of(piece)).forEach(wholes::add);
        Suggestion best = null;
        for (int whole : wholes) {
            int[] pieces = isNew ? linked.newSideOf(whole) : linked.oldSideOf(whole);
            boolean carriedHere = carriedTo.contains(whole);
            if (pieces.length == 0 || other.byPerson[whole]
                    || !carriedHere && words.get(piece).containedIn(otherWords.get(whole)) < PIECE_CONTAINED) {
                continue;
            }
            int[] joined = IntStream.concat(IntStream.of(pieces), IntStream.of(piece)).sorted().toArray();
            SparseVector wholeVector = otherWords.get(whole);
            double covered = wholeVector.containedIn(space.joined(Arrays.stream(pieces).mapToObj(words::get).toList()));
            SparseVector joinedVector = space.joined(Arrays.stream(joined).mapToObj(words::get).toList());
            double after = wholeVector.cosine(joinedVector);
            boolean gains = carriedHere ? after >= SUGGESTION_MIN : wholeVector.containedIn(joinedVector) >= covered + COVERAGE_GAIN;
            if (gains && (best == null || after > best.score())) {
                List<String> pieceNumbers = numbers(isNew ? toPoints : fromPoints, joined);
                List<String> wholeNumber = List.of((isNew ? fromPoints : toPoints).get(whole).number());
                best = isNew ? new Suggestion(wholeNumber, pieceNumbers, LinkKind.SPLIT, after)
                        : new Suggestion(pieceNumbers, wholeNumber, LinkKind.MERGED, after);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The links of the run by point: where each linked old point went in the new draft (whether a
     * new pair would sit in order among them), and for each point linked alone to one point of the
     * other draft, the points on its own side of that link (the old side a dropped point could
     * join as a merge, the new side an added point could join as a split).
     */
    private final class LinkIndex {
        private final int[] lowest = new int[fromPoints.size()];
        private final int[] highest = new int[fromPoints.size()];
        private final int[][] oldSideOfNew = new int[toPoints.size()][];
        private final int[][] newSideOfOld = new int[fromPoints.size()][];

        LinkIndex(List<Monotone.Pair> pairs) {
            Arrays.fill(lowest, -1);
            Arrays.fill(highest, -1);
            for (Monotone.Pair pair : pairs) {
                lowest[pair.from()] = pair.to();
                highest[pair.from()] = pair.to();
                oldSideOfNew[pair.to()] = new int[] {pair.from()};
                newSideOfOld[pair.from()] = new int[] {pair.to()};
            }
            for (Group group : groups) {
                for (int i : group.from()) {
                    lowest[i] = Arrays.stream(group.to()).min().orElseThrow();
                    highest[i] = Arrays.stream(group.to()).max().orElseThrow();
                }
                if (group.to().length == 1) {
                    oldSideOfNew[group.to()[0]] = group.from();
                }
                if (group.from().length == 1) {
                    newSideOfOld[group.from()[0]] = group.to();
                }
            }
        }

        /** Whether new point {@code j} lies between where the linked old points before and after {@code i} went. */
        boolean inOrder(int i, int j) {
            int before = -1;
            for (int k = i - 1; k >= 0 && before < 0; k--) {
                before = highest[k];
            }
            int after = toPoints.size();
            for (int k = i + 1; k < fromPoints.size() && after == toPoints.size(); k++) {
                after = lowest[k] < 0 ? after : lowest[k];
            }
            return before < j && j < after;
        }

        int[] oldSideOf(int newPoint) {
            return oldSideOfNew[newPoint] == null ? new int[0] : oldSideOfNew[newPoint];
        }

        int[] newSideOf(int oldPoint) {
            return newSideOfOld[oldPoint] == null ? new int[0] : newSideOfOld[oldPoint];
        }
    }

    private Link oneToOne(int i, int j, boolean inOrder) {
        PointText from = fromPoints.get(i);
        PointText to = toPoints.get(j);
        boolean sameText = normalised(from.text()).equals(normalised(to.text()));
        LinkKind kind;
        if (!inOrder) {
            kind = LinkKind.MOVED;
        } else if (!sameText) {
            kind = LinkKind.REWORDED;
        } else {
            kind = from.number().equals(to.number()) ? LinkKind.KEPT : LinkKind.RENUMBERED;
        }
        double score = sameText ? 1.0 : similarity(i, j);
        List<RedlineOp> redline = sameText
                ? (to.text().isEmpty() ? List.of() : List.of(new RedlineOp(RedlineOp.Op.EQUAL, to.text().strip())))
                : Redliner.diff(from.text(), to.text());
        return new Link(List.of(from.number()), List.of(to.number()), kind, score, redline);
    }

    private Link grouped(Group group) {
        List<SparseVector> fromVectors = new ArrayList<>();
        List<SparseVector> toVectors = new ArrayList<>();
        Arrays.stream(group.from()).forEach(i -> fromVectors.add(space.from().get(i)));
        Arrays.stream(group.to()).forEach(j -> toVectors.add(space.to().get(j)));
        double score = space.joined(fromVectors).cosine(space.joined(toVectors));
        LinkKind kind = group.from().length > 1 ? LinkKind.MERGED : LinkKind.SPLIT;
        return new Link(numbers(fromPoints, group.from()), numbers(toPoints, group.to()), kind, score,
                Redliner.diff(joinedText(fromPoints, group.from()), joinedText(toPoints, group.to())));
    }

    /** 1 when old point {@code i} and new point {@code j} lie as far into their drafts, down to 0 at opposite ends. */
    private double nearness(int i, int j) {
        return 1 - Math.abs((i + 0.5) / fromPoints.size() - (j + 0.5) / toPoints.size());
    }

    /** Cosine of the two points; points without any word match only their exact twin. */
    private double similarity(int i, int j) {
        SparseVector a = space.from().get(i);
        SparseVector b = space.to().get(j);
        if (a.ids().length == 0 && b.ids().length == 0) {
            return normalised(fromPoints.get(i).text()).equals(normalised(toPoints.get(j).text())) ? 1 : 0;
        }
        return a.cosine(b);
    }

    /** Cosine of the two points over their stemmed words alone. */
    private double wordSimilarity(int i, int j) {
        return space.fromWords().get(i).cosine(space.toWords().get(j));
    }

    private void link(int i, int j) {
        old.match[i] = j;
        neu.match[j] = i;
    }

    private static List<String> numbers(List<PointText> points, int[] indices) {
        return Arrays.stream(indices).mapToObj(k -> points.get(k).number()).toList();
    }

    private static String joinedText(List<PointText> points, int[] indices) {
        var text = new StringBuilder();
        for (int k : indices) {
            text.append(points.get(k).text().strip()).append('\n');
        }
        return text.toString();
    }

    /** The numbers of the points not marked {@code linked}, in draft order. */
    static List<String> unlinked(List<PointText> points, boolean[] linked) {
        var numbers = new ArrayList<String>();
        for (int k = 0; k < points.size(); k++) {
            if (!linked[k]) {
                numbers.add(points.get(k).number());
            }
        }
        return numbers;
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<String> texts(List<PointText> points) {
        return points.stream().map(PointText::text).toList();
    }

    /** The state of one draft's points during the run. */
    private static final class Side {
        final List<SparseVector> vectors;
        final Candidates candidates;
        final int[] match;
        final boolean[] settled;
        final boolean[] confirmed;
        /** Points in any link or drop or addition a person confirmed. */
        final boolean[] byPerson;
        /** How many best candidates by words each point keeps: three, enough to find the best other than a partner and its lead-in. */
        private static final int RIVALS = 3;
        private int[][] wordBest;
        private double[][] wordBestScore;

        Side(List<SparseVector> vectors, Candidates candidates) {
            this.vectors = vectors;
            this.candidates = candidates;
            this.match = new int[vectors.size()];
            Arrays.fill(match, -1);
            this.settled = new boolean[vectors.size()];
            this.confirmed = new boolean[vectors.size()];
            this.byPerson = new boolean[vectors.size()];
        }

        void settle(int k) {
            if (settled[k]) {
                throw new IllegalArgumentException("point at position " + (k + 1) + " is in two confirmed links");
            }
            settled[k] = true;
        }

        /** Notes, for each point, its {@value #RIVALS} best candidates by {@code words} (point, candidate). */
        void rankWordRivals(Measure words) {
            int n = vectors.size();
            wordBest = new int[n][RIVALS];
            wordBestScore = new double[n][RIVALS];
            for (int k = 0; k < n; k++) {
                Arrays.fill(wordBest[k], -1);
                for (int c : candidates.of(k)) {
                    double score = words.of(k, c);
                    int place = RIVALS;
                    while (place > 0 && (wordBest[k][place - 1] < 0 || score > wordBestScore[k][place - 1])) {
                        place--;
                    }
                    if (place < RIVALS) {
                        System.arraycopy(wordBest[k], place, wordBest[k], place + 1, RIVALS - place - 1);
                        System.arraycopy(wordBestScore[k], place, wordBestScore[k], place + 1, RIVALS - place - 1);
                        wordBest[k][place] = c;
                        wordBestScore[k][place] = score;
                    }
                }
            }
        }

        /** The candidate of point {@code k} its words match best, or -1 when it has none. */
        int wordBest(int k) {
            return wordBest[k][0];
        }

        /** The word score of point {@code k} with its best candidate, or 0 when it has none. */
        double wordBestScore(int k) {
            return wordBestScore[k][0];
        }

        /** The best word score of point {@code k} with any candidate other than {@code except} and {@code alsoExcept}. */
        double wordRival(int k, int except, int alsoExcept) {
            for (int place = 0; place < RIVALS && wordBest[k][place] >= 0; place++) {
                if (wordBest[k][place] != except && wordBest[k][place] != alsoExcept) {
                    return wordBestScore[k][place];
                }
            }
            return 0;
        }

        /** The best word score of point {@code k} with any candidate other than {@code except}. */
        double wordRival(int k, int except) {
            return wordRival(k, except, except);
        }

        /** Whether point {@code k} is in no link yet, found or confirmed. */
        boolean isFree(int k) {
            return !settled[k] && match[k] < 0;
        }

        int[] free(int start, int end) {
            return IntStream.range(start, end).filter(this::isFree).toArray();
        }
    }
}
