package org.parley.workbench;

import java.util.List;

/** The negotiations the viewer may open, newest first. */
public record NegotiationsPage(List<Item> negotiations) {
    public NegotiationsPage {
        negotiations = List.copyOf(negotiations);
    }

    /** One negotiation in the list. */
    public record Item(String id, String title, String summary, String mode, boolean isPublic, String started) {
        public String href() {
            return "/negotiations/" + id;
        }
    }
}
