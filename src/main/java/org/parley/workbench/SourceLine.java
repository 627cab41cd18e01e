package org.parley.workbench;

import java.util.List;

/** Where a record came from, as shown inline: how sure we are, and the chain of outlets, nearest first. */
public record SourceLine(String certainty, List<Source> sources) {
    public SourceLine {
        sources = List.copyOf(sources);
    }

    /** Whether there is anything to show: records made inside Parley and confirmed have no source line. */
    public boolean shown() {
        return !sources.isEmpty() || !"confirmed".equals(certainty);
    }

    /** One outlet: "told Reuters, 2 Dec 2025", with its link when known. */
    public record Source(String outlet, String relation, String url, String date) {}
}
