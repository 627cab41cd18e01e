package org.parley.workbench;

import java.util.List;

/** The results of a search in one negotiation, or the reason the query was refused. */
public record SearchPage(Header header, String query, String error, List<HitView> hits) {
    public SearchPage {
        hits = List.copyOf(hits);
    }

    /** One match: what it is, where it lives, and its text. */
    public record HitView(String kind, String title, String text, String href) {}
}
