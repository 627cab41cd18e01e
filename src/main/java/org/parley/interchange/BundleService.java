package org.parley.interchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.access.Viewer;
import org.parley.draft.DraftService;
import org.parley.draft.DraftSummary;
import org.parley.draft.LineageService;
import org.parley.ledger.LedgerEvent;
import org.parley.meeting.MeetingService;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.NegotiationService;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Party;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Transactions;
import org.parley.position.PositionService;

/**
 * Export and import of whole negotiations as {@link Bundle bundles}. An export holds what its viewer
 * may see; an import runs every record through the same use cases as the API, in one transaction,
 * so a bundle that breaks any rule leaves nothing behind.
 */
public final class BundleService {
    private final Transactions tx;
    private final NegotiationService negotiations;
    private final DraftService drafts;
    private final PositionService positions;
    private final MeetingService meetings;
    private final LineageService lineage;

    public BundleService(Transactions tx, NegotiationService negotiations, DraftService drafts, PositionService positions,
            MeetingService meetings, LineageService lineage) {
        this.tx = tx;
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.positions = positions;
        this.meetings = meetings;
        this.lineage = lineage;
    }

    public Optional<Bundle> export(NegotiationId id, Viewer viewer) {
        return tx.read(() -> negotiations.overview(id, viewer).map(o -> new Bundle(Bundle.FORMAT, o.negotiation(),
                o.parties(), o.people(), o.topics(),
                drafts.list(id, viewer).stream().map(DraftSummary::id)
                        .map(d -> drafts.find(id, d, viewer).orElseThrow()).toList(),
                meetings.meetings(id, viewer), meetings.statements(id, viewer), positions.all(id, viewer),
                lineage.allConfirmed(id, viewer))));
    }

    /**
     * Holds every stored negotiation against the record the ledger's events rebuild, and gives the
     * finding with the earliest ledger entry: a row changed behind Parley's back shows here even when
     * the log itself is intact.
     */
    public LedgerReplay.Finding checkAgainst(List<LedgerEvent> events) {
        return tx.read(() -> {
            LedgerReplay replay = LedgerReplay.of(events);
            int records = 0;
            LedgerReplay.Finding.Differs first = null;
            for (String id : replay.negotiationIds()) {
                NegotiationId n = NegotiationId.of(id);
                LedgerReplay.Finding finding;
                try {
                    finding = replay.compare(id, export(n, negotiations.operator(n, "verify")));
                } catch (IllegalArgumentException broken) {
                    finding = new LedgerReplay.Finding.Differs(0, "negotiation " + id + " has stored rows that break the rules of "
                            + "the record: " + broken.getMessage());
                }
                if (finding instanceof LedgerReplay.Finding.Differs differs
                        && (first == null || differs.sequence() != 0 && (first.sequence() == 0 || differs.sequence() < first.sequence()))) {
                    first = differs;
                } else if (finding instanceof LedgerReplay.Finding.Agrees agrees) {
                    records += agrees.records();
                }
            }
            return first == null ? new LedgerReplay.Finding.Agrees(records) : first;
        });
    }

    /** Imports a bundle as a new negotiation; refused whole when its id is taken or any record breaks a rule. */
    public Outcome<Bundle> importBundle(Bundle bundle, Viewer importer) {
        Viewer by = seatedInEveryParty(importer, bundle);
        return tx.writeAll(() -> {
            negotiations.create(bundle.negotiation(), by).orRollBack();
            each(bundle.parties(), p -> negotiations.addParty(p, by));
            each(bundle.people(), p -> negotiations.addPerson(p, by));
            each(bundle.topics(), t -> negotiations.addTopic(t, by));
            each(bundle.drafts(), d -> drafts.add(d, by));
            each(bundle.meetings(), m -> meetings.addMeeting(m, by));
            each(bundle.statements(), s -> meetings.addStatement(s, by));
            each(bundle.positions(), p -> positions.record(p, by));
            each(bundle.links(), l -> lineage.confirm(l, by));
            return Outcome.done(bundle);
        });
    }

    /** The importer, seated for the import in every party of the bundle, so checks see every record it brings. */
    private static Viewer seatedInEveryParty(Viewer importer, Bundle bundle) {
        Set<PartyId> parties = bundle.parties().stream().map(Party::id).collect(Collectors.toSet());
        return new Viewer(importer.name(), Map.of(bundle.negotiation().id(), parties), false);
    }

    private static <T> void each(List<T> records, Function<T, Outcome<?>> useCase) {
        records.forEach(r -> useCase.apply(r).orRollBack());
    }
}
