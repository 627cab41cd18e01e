package org.parley.draft;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.access.Audience;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.Text;

/**
 * One version of the text of a negotiation: ordered, possibly nested points, with authors, date,
 * status and lineage. A draft is immutable once stored: a changed text is a new draft that
 * {@link Derivation derives} from this one; only its status moves on.
 *
 * <p>Two audiences guard it: {@code audience} may read its text and the positions on it;
 * {@code existence} may know that it exists, who holds it and how many points it has. A draft
 * known only from reporting has no points and may carry a {@code knownPointCount}.
 */
public record Draft(
        NegotiationId negotiationId,
        DraftId id,
        String title,
        List<PartyId> authors,
        LocalDate date,
        DraftStatus status,
        Audience audience,
        Audience existence,
        Integer knownPointCount,
        String preamble,
        List<Point> points,
        List<Derivation> derivedFrom,
        Provenance provenance,
        String note) {

    public static final int MAX_POINTS = 20_000;

    public Draft {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(id, "id");
        title = Text.required("title", title, 300);
        authors = List.copyOf(authors == null ? List.of() : authors);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audience, "audience");
        existence = existence == null ? audience : existence;
        if (!existence.covers(audience)) {
            throw new IllegalArgumentException("everyone who may read a draft must also know it exists");
        }
        preamble = Text.optional("preamble", preamble, 100_000);
        points = List.copyOf(points == null ? List.of() : points);
        derivedFrom = List.copyOf(derivedFrom == null ? List.of() : derivedFrom);
        provenance = provenance == null ? Provenance.FIRST_HAND : provenance;
        note = Text.optional("note", note, 4000);
        if (points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("a draft has at most " + MAX_POINTS + " points");
        }
        if (points.isEmpty() && knownPointCount == null) {
            throw new IllegalArgumentException("a draft needs points, or at least a known point count");
        }
        if (knownPointCount != null && knownPointCount < 0) {
            throw new IllegalArgumentException("knownPointCount must not be negative");
        }
        Set<PointNumber> seen = new HashSet<>();
        for (Point point : points) {
            if (!seen.add(point.number())) {
                throw new IllegalArgumentException("point " + point.number() + " appears twice");
            }
        }
        if (derivedFrom.stream().anyMatch(d -> d.from().equals(id))) {
            throw new IllegalArgumentException("a draft cannot derive from itself");
        }
    }

    /** Whether the text is held in Parley, as opposed to known only to exist. */
    public boolean hasText() {
        return !points.isEmpty();
    }

    /** How many points the draft has: counted when the text is held, else as reported. */
    public int pointCount() {
        return hasText() ? points.size() : knownPointCount;
    }

    public Optional<Point> point(PointNumber number) {
        return points.stream().filter(p -> p.number().equals(number)).findFirst();
    }

    /** The same draft with a new status; the text never changes. */
    public Draft withStatus(DraftStatus next) {
        return new Draft(negotiationId, id, title, authors, date, next, audience, existence, knownPointCount,
                preamble, points, derivedFrom, provenance, note);
    }

    /** The same draft with a wider audience; callers check the widening with {@link Audience#widenTo}. */
    public Draft withAudience(Audience readers, Audience knowers) {
        return new Draft(negotiationId, id, title, authors, date, status, readers, knowers, knownPointCount,
                preamble, points, derivedFrom, provenance, note);
    }
}
