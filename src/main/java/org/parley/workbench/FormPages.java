package org.parley.workbench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.draft.DraftService;
import org.parley.draft.DraftSummary;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.platform.web.Form;
import org.parley.position.Stance;

/** Reads the forms of a negotiation: their choices, and the values they start with. */
public final class FormPages {
    private final NegotiationPages negotiations;
    private final DraftService drafts;

    public FormPages(NegotiationPages negotiations, DraftService drafts) {
        this.negotiations = negotiations;
        this.drafts = drafts;
    }

    /**
     * The form page with {@code form}; its blank audience starts as the draft's readers when a draft
     * is named, else as everyone who may read the negotiation.
     */
    public Optional<FormPage> form(NegotiationId n, Form form, Viewer viewer) {
        return negotiations.roster(n, viewer).map(roster -> {
            List<DraftSummary> known = drafts.list(n, viewer);
            Map<String, String> values = new HashMap<>(form.values());
            if (form.value("audience").isEmpty()) {
                Audience audience = known.stream().filter(d -> d.id().value().equals(form.value("draft"))).findFirst()
                        .map(DraftSummary::audience)
                        .orElse(roster.header().isPublic() ? Audience.PUBLIC : Audience.of(roster.partyIds()));
                values.put("audience", audience.canonical());
            }
            return new FormPage(roster.header(), new Form(values, form.errors()),
                    known.stream().map(d -> new Option(d.id().value(), d.title(), false)).toList(),
                    known.stream().filter(d -> d.readable() && d.hasText()).map(d -> new Option(d.id().value(), d.title(), false)).toList(),
                    roster.badges().stream().map(b -> new Option(b.id(), b.name(), false)).toList(),
                    roster.badges().stream().filter(b -> viewer.partiesIn(n).contains(PartyId.of(b.id())))
                            .map(b -> new Option(b.id(), b.name(), false)).toList(),
                    roster.people().stream().map(p -> new Option(p.id().value(), p.name() + (p.title().isEmpty() ? "" : ", " + p.title()), false))
                            .toList(),
                    roster.topics().stream().map(t -> new Option(t.id().value(), t.name(), false)).toList(),
                    Arrays.stream(Stance.values()).map(s -> new Option(s.code(), s.label(), false)).toList());
        });
    }
}
