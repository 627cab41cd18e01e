package org.parley.workbench;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.access.Viewer;
import org.parley.compare.Alignment;
import org.parley.compare.ConfirmedLink;
import org.parley.compare.Language;
import org.parley.compare.Link;
import org.parley.compare.LinkKind;
import org.parley.compare.PointText;
import org.parley.compare.ReadingOrder;
import org.parley.compare.RedlineOp;
import org.parley.compare.Suggestion;
import org.parley.compare.TextMoves;
import org.parley.draft.DraftId;
import org.parley.draft.DraftService;
import org.parley.draft.DraftSummary;
import org.parley.draft.LineageService;
import org.parley.draft.LinkConfirmation;
import org.parley.interchange.Redline;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.web.Form;

/** Reads the compare view: two drafts the viewer may read, aligned point by point, keeping the links people confirmed. */
public final class ComparePages {
    /** Links whose points are less alike than this are marked for a person to check. */
    static final double WEAK = 0.3;
    /** At most this many suggestions are offered on a dropped or added row. */
    private static final int PERHAPS = 3;
    /** How much of a suggested point's text a row quotes. */
    private static final int EXCERPT = 90;

    private final NegotiationPages negotiations;
    private final DraftService drafts;
    private final LineageService lineage;

    public ComparePages(NegotiationPages negotiations, DraftService drafts, LineageService lineage) {
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.lineage = lineage;
    }

    /** Compares {@code from} with {@code to}; without a choice, the first draft with the last one. */
    public Optional<ComparePage> compare(NegotiationId n, String from, String to, boolean onlyChanges, Viewer viewer) {
        // Only those acting for a party may confirm or correct a link; the others are not offered the forms.
        boolean mayConfirm = !viewer.partiesIn(n).isEmpty();
        return negotiations.roster(n, viewer).map(roster -> {
            List<DraftSummary> withText = drafts.list(n, viewer).stream().filter(d -> d.readable() && d.hasText()).toList();
            if (withText.size() < 2) {
                return new ComparePage(roster.header(), List.of(), List.of(), "", "", onlyChanges, "", "", List.of(),
                        "Comparing needs two drafts whose text you may read.", Form.filled(Map.of()), mayConfirm);
            }
            DraftSummary old = pick(withText, from, withText.get(0));
            DraftSummary fresh = pick(withText, to, withText.get(withText.size() - 1));
            List<Option> fromOptions = options(withText, old);
            List<Option> toOptions = options(withText, fresh);
            Form correction = Form.filled(Map.of("from", old.id().value(), "to", fresh.id().value(), "changes", onlyChanges ? "1" : ""));
            var comparison = old.id().equals(fresh.id()) ? Optional.<LineageService.Comparison>empty()
                    : lineage.compare(n, old.id(), fresh.id(), viewer);
            if (comparison.isEmpty()) {
                return new ComparePage(roster.header(), fromOptions, toOptions, old.id().value(), fresh.id().value(), onlyChanges, "", "",
                        List.of(), "Choose two different drafts.", correction, mayConfirm);
            }
            List<PointText> oldPoints = LineageService.Comparison.asWritten(comparison.get().from());
            List<PointText> newPoints = LineageService.Comparison.asWritten(comparison.get().to());
            Alignment alignment = comparison.get().alignment();
            List<LinkConfirmation> confirmed = lineage.confirmed(n, old.id(), fresh.id(), viewer).orElse(List.of());
            List<TextMoves.TextMove> moves = TextMoves.find(alignment, oldPoints, newPoints);
            List<ComparePage.Row> rows = rows(alignment, oldPoints, newPoints, moves).stream()
                    .map(r -> confirmation(r, confirmed).map(c -> r.asConfirmed(c.id(), confirmedAs(c))).orElse(r))
                    .filter(r -> !onlyChanges || r.changed()).toList();
            String notice = Language.mismatch(texts(oldPoints), texts(newPoints)).orElse("");
            return new ComparePage(roster.header(), fromOptions, toOptions, old.id().value(), fresh.id().value(), onlyChanges,
                    alignment.summary(newPoints.size()) + TextMoves.summary(moves), notice, rows, "", correction, mayConfirm);
        });
    }

    /**
     * The redline of {@code from} against {@code to} for a standalone page, or empty when the
     * viewer may not read both texts.
     */
    public Optional<Redline> redline(NegotiationId n, DraftId from, DraftId to, Viewer viewer) {
        List<ConfirmedLink> confirmed = lineage.confirmed(n, from, to, viewer).orElse(List.of()).stream()
                .map(LinkConfirmation::constraint).toList();
        return lineage.compare(n, from, to, viewer).map(c -> new Redline(c.from().title(), LineageService.Comparison.asWritten(c.from()), c.to().title(),
                LineageService.Comparison.asWritten(c.to()), c.alignment(), confirmed));
    }

    /** The id of the confirmation that names exactly the row's points, if any. */
    private static Optional<LinkConfirmation> confirmation(ComparePage.Row row, List<LinkConfirmation> confirmed) {
        return confirmed.stream().filter(c -> c.constraint().names(row.oldNumbers(), row.newNumbers())).findFirst();
    }

    /** "Confirmed by tracker, 29 Nov 2026", or without the name when none was recorded. */
    private static String confirmedAs(LinkConfirmation c) {
        return "Confirmed" + (c.confirmedBy() == null || c.confirmedBy().isEmpty() ? "" : " by " + c.confirmedBy()) + ", "
                + Roster.day(c.confirmedAt().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static DraftSummary pick(List<DraftSummary> drafts, String id, DraftSummary fallback) {
        return drafts.stream().filter(d -> d.id().value().equals(id)).findFirst().orElse(fallback);
    }

    private static List<Option> options(List<DraftSummary> drafts, DraftSummary chosen) {
        return drafts.stream().map(d -> new Option(d.id().value(), LineageLayout.shortTitle(d.title()), d.id().equals(chosen.id()))).toList();
    }

    /** Rows in the order of the new draft; each dropped point follows the row of the old point before it. */
    static List<ComparePage.Row> rows(Alignment alignment, List<PointText> oldPoints, List<PointText> newPoints) {
        return rows(alignment, oldPoints, newPoints, TextMoves.find(alignment, oldPoints, newPoints));
    }

    private static List<ComparePage.Row> rows(Alignment alignment, List<PointText> oldPoints, List<PointText> newPoints,
                                              List<TextMoves.TextMove> moves) {
        Map<String, String> oldText = PointText.textsByNumber(oldPoints);
        Map<String, String> newText = PointText.textsByNumber(newPoints);
        return ReadingOrder.of(alignment, PointText.numbers(oldPoints), PointText.numbers(newPoints)).stream().map(row -> {
            if (row instanceof ReadingOrder.Row.Linked linked) {
                return linkRow(linked.link(), moves);
            }
            if (row instanceof ReadingOrder.Row.Added added) {
                List<ComparePage.Perhaps> perhaps = alignment.suggestionsTo(added.number()).stream().limit(PERHAPS)
                        .map(s -> perhaps(s, added.number(), false, oldText)).toList();
                return new ComparePage.Row("added", "added " + added.number(), true, List.of(), List.of(added.number()), List.of(),
                        marked(RedlineOp.whole(RedlineOp.Op.INSERT, newText.get(added.number())),
                                TextMoves.textsArriving(moves, List.of(added.number()))), false, "", "", perhaps, List.of(),
                        TextMoves.arriving(moves, List.of(added.number())));
            }
            String dropped = ((ReadingOrder.Row.Dropped) row).number();
            List<ComparePage.Perhaps> perhaps = alignment.suggestionsFrom(dropped).stream().limit(PERHAPS)
                    .map(s -> perhaps(s, dropped, true, newText)).toList();
            return new ComparePage.Row("dropped", "dropped " + dropped, true, List.of(dropped), List.of(),
                    marked(RedlineOp.whole(RedlineOp.Op.DELETE, oldText.get(dropped)), TextMoves.textsLeaving(moves, List.of(dropped))),
                    List.of(), false, "", "", perhaps,
                    TextMoves.leaving(moves, List.of(dropped)), List.of());
        }).toList();
    }

    /**
     * A suggestion as the row of the dropped or added point {@code number} shows it: the point on
     * the row's empty side, the start of its text, and what the link would be.
     */
    private static ComparePage.Perhaps perhaps(Suggestion suggestion, String number, boolean ofDropped, Map<String, String> texts) {
        String other = (ofDropped ? suggestion.to() : suggestion.from()).get(0);
        return new ComparePage.Perhaps(other, excerpt(texts.get(other)), Redline.perhaps(suggestion, number, ofDropped),
                String.join(",", suggestion.from()), String.join(",", suggestion.to()), suggestion.kind().wireName());
    }

    /** The first {@link #EXCERPT} characters of {@code text}, cut at a word. */
    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', EXCERPT);
        int cut = space > EXCERPT / 2 ? space : EXCERPT;
        return flat.substring(0, Character.isLowSurrogate(flat.charAt(cut)) ? cut - 1 : cut) + "…";
    }

    private static ComparePage.Row linkRow(Link link, List<TextMoves.TextMove> moves) {
        List<ComparePage.Run> oldRuns = marked(link.oldSide(), TextMoves.textsLeaving(moves, link.from()));
        List<ComparePage.Run> newRuns = marked(link.newSide(), TextMoves.textsArriving(moves, link.to()));
        return new ComparePage.Row(link.kind().wireName(), link.label(), link.kind() != LinkKind.KEPT, link.from(), link.to(), oldRuns, newRuns,
                link.score() < WEAK, "", "", List.of(), TextMoves.leaving(moves, link), TextMoves.arriving(moves, link));
    }

    private static List<String> texts(List<PointText> points) {
        return points.stream().map(PointText::text).toList();
    }

    /** The runs of one side of a row for the page, the pieces of text that moved marked so. */
    static List<ComparePage.Run> marked(List<RedlineOp> runs, List<String> movedTexts) {
        return TextMoves.marked(runs, movedTexts).stream()
                .map(m -> new ComparePage.Run(m.run().op().wireName(), m.run().text(), m.moved())).toList();
    }

}
