package org.parley.workbench;

import java.util.List;

/**
 * Two drafts side by side, old left and new right, rows aligned by link and labelled with how the
 * points changed, the word redline inside.
 */
public record ComparePage(Header header, List<Option> fromOptions, List<Option> toOptions, String from, String to, boolean onlyChanges,
        String summary, List<Row> rows, String message) {

    public ComparePage {
        fromOptions = List.copyOf(fromOptions);
        toOptions = List.copyOf(toOptions);
        rows = List.copyOf(rows);
    }

    /** One aligned row: its kind ({@code kept}, {@code merged}, {@code dropped}...), its label, and each side's text as runs. */
    public record Row(String kind, String label, boolean changed, String oldNumbers, String newNumbers, List<Run> oldRuns,
            List<Run> newRuns) {}

    /** A run of words kept ({@code equal}), deleted or inserted. */
    public record Run(String op, String text) {}
}
