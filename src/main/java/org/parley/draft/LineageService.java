package org.parley.draft;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.ReadAudit;
import org.parley.access.Viewer;
import org.parley.compare.Aligner;
import org.parley.compare.Alignment;
import org.parley.compare.LineageEdge;
import org.parley.compare.Link;
import org.parley.compare.PointText;
import org.parley.compare.TextMoves;
import org.parley.compare.Trajectories;
import org.parley.compare.Trajectory;
import org.parley.ledger.Change;
import org.parley.ledger.EventLog;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Transactions;

/**
 * Use cases of the lineage: compare two drafts, trace a point through the drafts derived from each
 * other, confirm or correct a link. Only texts the viewer may read take part; confirmed links are
 * kept by every alignment that follows.
 */
public final class LineageService {
    private final Transactions tx;
    private final Drafts drafts;
    private final ConfirmedLinks links;
    private final EventLog events;
    private final ReadAudit audit;
    private final Aligner aligner = new Aligner();
    private final AlignmentCache alignments = new AlignmentCache();

    public LineageService(Transactions tx, Drafts drafts, ConfirmedLinks links, EventLog events, ReadAudit audit) {
        this.tx = tx;
        this.drafts = drafts;
        this.links = links;
        this.events = events;
        this.audit = audit;
    }

    /** Two drafts and how the points of the first became those of the second. */
    public record Comparison(Draft from, Draft to, Alignment alignment) {

        /** Text that left one row of the comparison for another, its points' text as written ({@link TextMoves}). */
        public List<TextMoves.TextMove> moves() {
            return TextMoves.find(alignment, asWritten(from), asWritten(to));
        }

        /** The points of {@code draft} as the compare screens show them, their text as written. */
        public static List<PointText> asWritten(Draft draft) {
            return draft.points().stream().map(p -> new PointText(p.number().value(), p.text())).toList();
        }
    }

    /** The alignment of two drafts whose texts the viewer may read; empty when either is not. */
    public Optional<Comparison> compare(NegotiationId n, DraftId from, DraftId to, Viewer viewer) {
        Optional<Comparison> comparison = tx.read(() -> readable(n, from, viewer).flatMap(f -> readable(n, to, viewer)
                .map(t -> new Comparison(f, t, align(f, t, viewer)))));
        comparison.ifPresent(c -> audited(n, viewer, List.of(c.from(), c.to())));
        return comparison;
    }

    /**
     * Where a point of a draft went and came from, along the derivations the viewer may know of.
     * A draft whose text is not held or not readable is stepped over: its text-bearing ancestors are
     * aligned with its text-bearing descendants directly (A → C → E with C unknown gives A → E).
     */
    public Optional<Trajectory> trajectory(NegotiationId n, DraftId draft, PointNumber point, Viewer viewer) {
        return tx.read(() -> {
            Optional<Draft> start = readable(n, draft, viewer).filter(d -> d.point(point).isPresent());
            if (start.isEmpty()) {
                return Optional.empty();
            }
            Map<DraftId, DraftSummary> known = new LinkedHashMap<>();
            drafts.list(n, viewer).forEach(s -> known.put(s.id(), s));
            Map<DraftId, Draft> texts = new LinkedHashMap<>();
            known.values().stream().filter(s -> s.readable() && s.hasText())
                    .forEach(s -> texts.put(s.id(), drafts.find(n, s.id(), viewer).orElseThrow()));
            audited(n, viewer, List.copyOf(texts.values()));
            List<LineageEdge> edges = new ArrayList<>();
            for (Draft later : texts.values()) {
                for (DraftId earlier : nearestTexts(later.id(), known, texts.keySet())) {
                    Alignment alignment = align(texts.get(earlier), later, viewer);
                    edges.add(new LineageEdge(earlier.value(), later.id().value(), alignment,
                            new Comparison(texts.get(earlier), later, alignment).moves()));
                }
            }
            return Optional.of(Trajectories.of(edges, draft.value(), point.value()));
        });
    }

    /** The closest ancestors of a draft that have a readable text, looking through those that have none. */
    private static Set<DraftId> nearestTexts(DraftId draft, Map<DraftId, DraftSummary> known, Set<DraftId> texts) {
        Set<DraftId> found = new LinkedHashSet<>();
        Set<DraftId> seen = new HashSet<>();
        Deque<DraftId> parents = new ArrayDeque<>();
        known.get(draft).derivedFrom().forEach(d -> parents.add(d.from()));
        while (!parents.isEmpty()) {
            DraftId parent = parents.poll();
            if (!seen.add(parent)) {
                continue;
            }
            if (texts.contains(parent)) {
                found.add(parent);
            } else if (known.containsKey(parent)) {
                known.get(parent).derivedFrom().forEach(d -> parents.add(d.from()));
            }
        }
        return found;
    }

    /** The confirmations between two drafts whose texts the viewer may read; empty when either is not. */
    public Optional<List<LinkConfirmation>> confirmed(NegotiationId n, DraftId from, DraftId to, Viewer viewer) {
        return tx.read(() -> readable(n, from, viewer).flatMap(f -> readable(n, to, viewer)
                .map(t -> {
                    audited(n, viewer, List.of(f, t));
                    return links.between(n, from, to, viewer);
                })));
    }

    /** Every confirmation of the negotiation between two drafts whose texts the viewer may read, oldest first. */
    public List<LinkConfirmation> allConfirmed(NegotiationId n, Viewer viewer) {
        return tx.read(() -> links.all(n, viewer));
    }

    private void audited(NegotiationId n, Viewer viewer, List<Draft> texts) {
        audit.saw(viewer, n, texts.stream().map(d -> DraftService.sighting(viewer, n, d.id(), d.audience(), d.existence())).toList());
    }

    /** Confirms or corrects a link; earlier confirmations naming any of its points give way to it. */
    public Outcome<LinkConfirmation> confirm(LinkConfirmation link, Viewer by) {
        return tx.write(() -> {
            NegotiationId n = link.negotiationId();
            Optional<Draft> from = readable(n, link.from(), by);
            Optional<Draft> to = readable(n, link.to(), by);
            if (from.isEmpty() || to.isEmpty()) {
                return Outcome.notFound("text of draft " + (from.isEmpty() ? link.from() : link.to()));
            }
            for (PointNumber p : link.fromPoints()) {
                if (from.get().point(p).isEmpty()) {
                    return Outcome.invalid("fromPoints", "draft " + link.from() + " has no point " + p);
                }
            }
            for (PointNumber p : link.toPoints()) {
                if (to.get().point(p).isEmpty()) {
                    return Outcome.invalid("toPoints", "draft " + link.to() + " has no point " + p);
                }
            }
            Optional<Audience> audience = sharedReaders(from.get().audience(), to.get().audience());
            if (audience.isEmpty()) {
                return Outcome.conflict("drafts " + link.from() + " and " + link.to() + " have no reader in common");
            }
            List<String> replaced = new ArrayList<>();
            for (LinkConfirmation earlier : links.between(n, link.from(), link.to(), by)) {
                if (earlier.overlaps(link)) {
                    links.remove(n, earlier.id());
                    replaced.add(earlier.id());
                }
            }
            links.add(link);
            events.append(Change.of(n, "link.confirmed", link.id(), audience.get(), by.name(), new Confirmed(link, replaced)));
            return Outcome.done(link);
        });
    }

    /** What a confirmation changed, as the ledger records it. */
    public record Confirmed(LinkConfirmation link, List<String> replaced) {}

    /**
     * Withdraws the confirmation {@code id}, so that the engine aligns those points on its own
     * again; not found unless the viewer may read both drafts it links.
     */
    public Outcome<LinkConfirmation> withdraw(NegotiationId n, String id, Viewer by) {
        return tx.write(() -> {
            Optional<LinkConfirmation> found = links.all(n, by).stream().filter(link -> link.id().equals(id)).findFirst();
            Optional<Draft> from = found.flatMap(link -> readable(n, link.from(), by));
            Optional<Draft> to = found.flatMap(link -> readable(n, link.to(), by));
            if (from.isEmpty() || to.isEmpty()) {
                return Outcome.notFound("confirmed link " + id);
            }
            LinkConfirmation link = found.get();
            Audience audience = sharedReaders(from.get().audience(), to.get().audience())
                    .orElseThrow(() -> new IllegalStateException("a confirmed link between drafts without a reader in common: " + id));
            links.remove(n, id);
            events.append(Change.of(n, "link.withdrawn", id, audience, by.name(), link));
            return Outcome.done(link);
        });
    }

    private Optional<Draft> readable(NegotiationId n, DraftId id, Viewer viewer) {
        return drafts.find(n, id, viewer).filter(d -> d.hasText() && AccessPolicy.canSee(viewer, n, d.audience()));
    }

    private Alignment align(Draft from, Draft to, Viewer viewer) {
        List<LinkConfirmation> confirmed = links.between(from.negotiationId(), from.id(), to.id(), viewer);
        return alignments.get(from, to, confirmed, () -> {
            Alignment computed = aligner.align(texts(from), texts(to), confirmed.stream().map(LinkConfirmation::constraint).toList());
            List<Link> named = computed.links().stream().map(link -> confirmed.stream()
                    .filter(c -> c.constraint().names(link.from(), link.to()))
                    .flatMap(c -> c.kind().linkKind().stream())
                    .findFirst()
                    .map(kind -> new Link(link.from(), link.to(), kind, link.score(), link.redline()))
                    .orElse(link)).toList();
            return new Alignment(named, computed.dropped(), computed.added(), computed.suggestions());
        });
    }

    private static List<PointText> texts(Draft draft) {
        return draft.points().stream().map(p -> new PointText(p.number().value(), p.text().replace('\n', ' '))).toList();
    }

    /** Who may read both texts: the narrower audience, or the parties both name. */
    private static Optional<Audience> sharedReaders(Audience a, Audience b) {
        if (a.covers(b)) {
            return Optional.of(b);
        }
        if (b.covers(a)) {
            return Optional.of(a);
        }
        Set<PartyId> both = new HashSet<>(a.parties());
        both.retainAll(b.parties());
        return both.isEmpty() ? Optional.empty() : Optional.of(Audience.of(both));
    }
}
