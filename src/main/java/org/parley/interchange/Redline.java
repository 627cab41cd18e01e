package org.parley.interchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.compare.Alignment;
import org.parley.compare.ConfirmedLink;
import org.parley.compare.Language;
import org.parley.compare.Link;
import org.parley.compare.PointText;
import org.parley.compare.ReadingOrder;
import org.parley.compare.Suggestion;
import org.parley.compare.TextMoves;

/**
 * Two drafts, each a title and its points, their alignment and the links a person confirmed in
 * it: what the redline renderers show, whether the drafts came from files or from a negotiation.
 */
public record Redline(String fromTitle, List<PointText> from, String toTitle, List<PointText> to, Alignment alignment,
        List<ConfirmedLink> confirmed) {

    public Redline {
        Objects.requireNonNull(fromTitle, "fromTitle");
        Objects.requireNonNull(toTitle, "toTitle");
        from = List.copyOf(from);
        to = List.copyOf(to);
        Objects.requireNonNull(alignment, "alignment");
        confirmed = List.copyOf(confirmed);
    }

    /** A redline in which no link was confirmed. */
    public Redline(String fromTitle, List<PointText> from, String toTitle, List<PointText> to, Alignment alignment) {
        this(fromTitle, from, toTitle, to, alignment, List.of());
    }

    /** The redline of two drafts read from files, their points' text as written, with the links a person confirmed. */
    public static Redline of(ParsedDraft from, ParsedDraft to, Alignment alignment, List<ConfirmedLink> confirmed) {
        return new Redline(from.title(), asWritten(from), to.title(), asWritten(to), alignment, confirmed);
    }

    /** Whether a person confirmed that old points {@code from} correspond to new points {@code to} (either may be empty). */
    public boolean confirms(List<String> from, List<String> to) {
        return confirmed.stream().anyMatch(c -> c.names(from, to));
    }

    private static List<PointText> asWritten(ParsedDraft draft) {
        return draft.points().stream().map(p -> new PointText(p.number(), p.text())).toList();
    }

    /** Text that left one row for another: a sentence carried from one point into another ({@link TextMoves}). */
    public List<TextMoves.TextMove> moves() {
        return TextMoves.find(alignment, from, to);
    }

    /** One line such as "19 points: 9 reworded, 3 merged, 6 dropped, 1 added". */
    public String summary() {
        return alignment.summary(to.size());
    }

    /** What a renderer does with each row of a redline. */
    public interface RowWriter {
        void linked(Link link);

        /** A dropped point, with the added points it may have become ({@code perhaps}, best first). */
        void dropped(String number, String text, List<Suggestion> perhaps);

        /** An added point, with the dropped points it may come from ({@code perhaps}, best first). */
        void added(String number, String text, List<Suggestion> perhaps);
    }

    /** Hands each row to {@code writer} in reading order: the new draft's order, a dropped point after the one before it. */
    public void eachRow(RowWriter writer) {
        Map<String, String> oldTexts = PointText.textsByNumber(from);
        Map<String, String> newTexts = PointText.textsByNumber(to);
        for (ReadingOrder.Row row : ReadingOrder.of(alignment, PointText.numbers(from), PointText.numbers(to))) {
            if (row instanceof ReadingOrder.Row.Linked linked) {
                writer.linked(linked.link());
            } else if (row instanceof ReadingOrder.Row.Dropped dropped) {
                writer.dropped(dropped.number(), oldTexts.get(dropped.number()), alignment.suggestionsFrom(dropped.number()));
            } else {
                String added = ((ReadingOrder.Row.Added) row).number();
                writer.added(added, newTexts.get(added), alignment.suggestionsTo(added));
            }
        }
    }

    /** A warning when the two drafts read as different languages. */
    public Optional<String> languageNote() {
        return Language.mismatch(from.stream().map(PointText::text).toList(), to.stream().map(PointText::text).toList());
    }

    /**
     * What the suggestions for the dropped or added point {@code number} say, for one line:
     * "perhaps became 2 (0.17) or merged into 15 with 14 (0.62)" for a dropped point, "perhaps
     * from 2 (0.17) or split from 12 with 8 (0.55)" for an added one; empty when there are none.
     */
    public static String perhaps(List<Suggestion> suggestions, String number, boolean ofDropped) {
        if (suggestions.isEmpty()) {
            return "";
        }
        return "perhaps " + suggestions.stream()
                .map(s -> String.format(Locale.ROOT, "%s (%.2f)", perhaps(s, number, ofDropped), s.score()))
                .collect(Collectors.joining(" or "));
    }

    /** "became 2", "merged into 15 with 14", "from 2" or "split from 12 with 8". */
    public static String perhaps(Suggestion suggestion, String number, boolean ofDropped) {
        List<String> others = ofDropped ? suggestion.to() : suggestion.from();
        List<String> partners = (ofDropped ? suggestion.from() : suggestion.to()).stream().filter(p -> !p.equals(number)).toList();
        String verb = switch (suggestion.kind()) {
            case MERGED -> "merged into ";
            case SPLIT -> "split from ";
            default -> ofDropped ? "became " : "from ";
        };
        return verb + numbers(others) + (partners.isEmpty() ? "" : " with " + numbers(partners));
    }

    /** "5 + 10" for the numbers of one side of a link. */
    public static String numbers(List<String> numbers) {
        return String.join(" + ", numbers);
    }
}
