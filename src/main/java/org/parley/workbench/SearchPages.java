package org.parley.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.search.SearchService;

/** Reads the search page of a negotiation; the search itself sees only what the reader may. */
public final class SearchPages {
    private final NegotiationPages pages;
    private final SearchService search;

    public SearchPages(NegotiationPages pages, SearchService search) {
        this.pages = pages;
        this.search = search;
    }

    public Optional<SearchPage> search(NegotiationId n, String query, Viewer viewer) {
        return pages.header(n, viewer).map(header -> {
            if (query == null || query.isBlank()) {
                return new SearchPage(header, "", "", List.of());
            }
            Outcome<SearchService.Results> outcome = search.search(n, query, viewer);
            if (outcome instanceof Outcome.Invalid<SearchService.Results> invalid) {
                return new SearchPage(header, query, invalid.message(), List.of());
            }
            return new SearchPage(header, query, "", outcome.orElseThrow().hits().stream().map(h -> view(header, h)).toList());
        });
    }

    private static SearchPage.HitView view(Header header, SearchService.Hit hit) {
        String href = switch (hit.kind()) {
            case POINT -> header.href() + "/drafts/" + hit.draftId() + "?point=" + hit.point();
            case POSITION -> header.href() + "/drafts/" + hit.draftId() + (hit.point() == null ? "" : "?point=" + hit.point());
            case STATEMENT -> header.href() + "/record#statement-" + hit.id();
            case MEETING -> header.href() + "/record#meeting-" + hit.id();
        };
        return new SearchPage.HitView(hit.kind().name().toLowerCase(Locale.ROOT), hit.title(), hit.text(), href);
    }
}
