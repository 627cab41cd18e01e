package org.parley.workbench;

import java.util.List;

/** What every page of a negotiation shows at its top: the title, how it is kept, and the parties as badges. */
public record Header(String id, String title, String summary, String mode, boolean isPublic, List<PartyBadge> parties) {
    public Header {
        parties = List.copyOf(parties);
    }

    public String href() {
        return "/negotiations/" + id;
    }
}
