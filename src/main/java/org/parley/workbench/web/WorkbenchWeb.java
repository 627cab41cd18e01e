package org.parley.workbench.web;

import java.util.List;
import org.parley.draft.DraftService;
import org.parley.draft.LineageService;
import org.parley.ledger.ChangeFeed;
import org.parley.meeting.MeetingService;
import org.parley.negotiation.NegotiationService;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Templates;
import org.parley.platform.web.Viewers;
import org.parley.position.PositionService;
import org.parley.search.SearchService;
import org.parley.workbench.ComparePages;
import org.parley.workbench.DraftPages;
import org.parley.workbench.FormPages;
import org.parley.workbench.NegotiationPages;
import org.parley.workbench.SearchPages;

/** The web workbench wired from the services: its pages, forms, live stream and static files. */
public final class WorkbenchWeb {
    private WorkbenchWeb() {}

    public static List<Routes> routes(NegotiationService negotiations, DraftService drafts, LineageService lineage,
            PositionService positions, MeetingService meetings, SearchService search, ChangeFeed feed, Viewers viewers) {
        var pages = new NegotiationPages(negotiations, drafts, positions, meetings);
        var compare = new ComparePages(pages, drafts, lineage);
        var html = new Html(new Templates(), viewers);
        return List.of(
                new PageRoutes(pages, new DraftPages(pages, drafts, lineage, positions, meetings), compare,
                        new SearchPages(pages, search), viewers, html),
                new FormRoutes(new FormPages(pages, drafts), drafts, positions, meetings, viewers, html),
                new LinkRoutes(compare, lineage, viewers, html),
                new LiveRoutes(negotiations, feed, viewers),
                new AssetRoutes(pages, viewers));
    }
}
