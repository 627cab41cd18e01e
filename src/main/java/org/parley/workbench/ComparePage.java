package org.parley.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.parley.platform.web.Form;

/**
 * Two drafts side by side, old left and new right, rows aligned by link and labelled with how the
 * points changed, the word redline inside.
 */
public record ComparePage(Header header, List<Option> fromOptions, List<Option> toOptions, String from, String to, boolean onlyChanges,
        String summary, String notice, List<Row> rows, String message, Form correction, boolean mayConfirm) {

    /** The kinds a person may confirm a link as. */
    public static final List<String> KINDS = List.of("kept", "renumbered", "reworded", "moved", "merged", "split", "dropped", "added");

    public ComparePage {
        fromOptions = List.copyOf(fromOptions);
        toOptions = List.copyOf(toOptions);
        rows = List.copyOf(rows);
    }

    /** The old draft as its option names it ("Draft 2", "Draft A"). */
    public String fromLabel() {
        return label(fromOptions, from);
    }

    /** The new draft as its option names it. */
    public String toLabel() {
        return label(toOptions, to);
    }

    private static String label(List<Option> options, String id) {
        return options.stream().filter(Option::selected).map(Option::label).findFirst().orElse("Draft " + id);
    }

    /**
     * The same page with the correction form filled in from a row's "Correct" link: the row's
     * points on each side and its kind, for the person to change before saving.
     */
    public ComparePage correcting(String fromPoints, String toPoints, String kind) {
        return with(Form.filled(Map.of("from", from, "to", to, "changes", onlyChanges ? "1" : "",
                "fromPoints", fromPoints, "toPoints", toPoints, "kind", kind)));
    }

    /** Where a row's "Correct" link leads: this comparison with the correction form filled in from the row. */
    public String correctionHref(Row row) {
        return header.href() + "/compare?from=" + encode(from) + "&to=" + encode(to) + (onlyChanges ? "&changes=1" : "")
                + "&fromPoints=" + encode(String.join(",", row.oldNumbers())) + "&toPoints=" + encode(String.join(",", row.newNumbers()))
                + "&kind=" + encode(row.kind()) + "#correct-title";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The same page with the correction form as submitted, and its refusals. */
    public ComparePage with(Form submitted) {
        return new ComparePage(header, fromOptions, toOptions, from, to, onlyChanges, summary, notice, rows, message, submitted, mayConfirm);
    }

    /**
     * One aligned row: its kind ({@code kept}, {@code merged}, {@code dropped}...), its label, each
     * side's point numbers and text as runs, whether its points share so few words that a person
     * should check it, whether a person confirmed it, for a dropped or added point the points
     * of the other draft it may correspond to, and notes of text that moved out of its old side
     * into another row or into its new side from another row ("moved to 7: “…”").
     */
    public record Row(String kind, String label, boolean changed, List<String> oldNumbers, List<String> newNumbers, List<Run> oldRuns,
            List<Run> newRuns, boolean weak, String confirmation, String confirmedAs, List<Perhaps> perhaps, List<String> movedOut,
            List<String> movedIn) {

        public Row {
            oldNumbers = List.copyOf(oldNumbers);
            newNumbers = List.copyOf(newNumbers);
            oldRuns = List.copyOf(oldRuns);
            newRuns = List.copyOf(newRuns);
            perhaps = List.copyOf(perhaps);
            movedOut = List.copyOf(movedOut);
            movedIn = List.copyOf(movedIn);
        }

        /**
         * Whether a person confirmed this row; {@code confirmation} is then the confirmation's id
         * and {@code confirmedAs} says who and when ("Confirmed by tracker, 29 Nov 2026"), else both are empty.
         */
        public boolean confirmed() {
            return !confirmation.isEmpty();
        }

        /**
         * Whether a person should look at this row: a link on few shared words that nobody
         * confirmed, or a dropped or added point with suggestions.
         */
        public boolean toCheck() {
            return weak && !confirmed() || !perhaps.isEmpty();
        }

        /** The same row marked as confirmed by the confirmation {@code id}, as {@code confirmedAs} says. */
        public Row asConfirmed(String id, String confirmedAs) {
            return new Row(kind, label, changed, oldNumbers, newNumbers, oldRuns, newRuns, weak, id, confirmedAs, perhaps, movedOut, movedIn);
        }
    }

    /**
     * A link the engine did not make but suggests, as a dropped or added row offers it: the point of
     * the other draft ({@code number}, the start of its text), what the link would be
     * ({@code says}: "became 10", "merged into 15 with 14"), and the link's points on each side
     * (comma-separated) and its kind, ready to confirm.
     */
    public record Perhaps(String number, String excerpt, String says, String fromPoints, String toPoints, String kind) {}

    /**
     * A run of words kept ({@code equal}), deleted or inserted; a deletion or insertion is
     * {@code moved} when its words left for another row or came from one.
     */
    public record Run(String op, String text, boolean moved) {

        /** A run that is no part of a move. */
        public Run(String op, String text) {
            this(op, text, false);
        }
    }
}
