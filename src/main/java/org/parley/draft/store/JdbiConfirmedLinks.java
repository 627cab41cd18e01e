package org.parley.draft.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.parley.access.Viewer;
import org.parley.draft.ConfirmedLinks;
import org.parley.draft.DraftId;
import org.parley.draft.LinkConfirmation;
import org.parley.draft.PointNumber;
import org.parley.negotiation.NegotiationId;
import org.parley.platform.db.AudienceRows;
import org.parley.platform.db.Database;
import org.parley.platform.db.JsonColumns;

/** Confirmed links in SQL, read only by viewers who may read the texts of both their drafts. */
public final class JdbiConfirmedLinks implements ConfirmedLinks {
    private static final String BOTH_READABLE = AudienceRows.visible("fd", "is_public", JdbiDrafts.TEXT)
            + " AND " + AudienceRows.visible("td", "is_public", JdbiDrafts.TEXT);
    private static final TypeReference<List<PointNumber>> NUMBERS = new TypeReference<>() {};

    private final Database db;

    public JdbiConfirmedLinks(Database db) {
        this.db = db;
    }

    @Override
    public void add(LinkConfirmation link) {
        db.handle().createUpdate("""
                INSERT INTO confirmed_link (negotiation_id, id, from_draft, to_draft, from_points, to_points, kind, confirmed_by, confirmed_at)
                VALUES (:n, :id, :from, :to, :fromPoints, :toPoints, :kind, :by, :at)""")
                .bind("n", link.negotiationId().value()).bind("id", link.id())
                .bind("from", link.from().value()).bind("to", link.to().value())
                .bind("fromPoints", JsonColumns.write(link.fromPoints())).bind("toPoints", JsonColumns.write(link.toPoints()))
                .bind("kind", link.kind().name()).bind("by", link.confirmedBy()).bind("at", Timestamp.from(link.confirmedAt()))
                .execute();
    }

    @Override
    public void remove(NegotiationId negotiation, String id) {
        db.handle().createUpdate("DELETE FROM confirmed_link WHERE negotiation_id = :n AND id = :id")
                .bind("n", negotiation.value()).bind("id", id).execute();
    }

    @Override
    public List<LinkConfirmation> between(NegotiationId negotiation, DraftId from, DraftId to, Viewer viewer) {
        return select(negotiation, viewer, " AND l.from_draft = :from AND l.to_draft = :to", Map.of("from", from.value(), "to", to.value()));
    }

    @Override
    public List<LinkConfirmation> all(NegotiationId negotiation, Viewer viewer) {
        return select(negotiation, viewer, "", Map.of());
    }

    private List<LinkConfirmation> select(NegotiationId negotiation, Viewer viewer, String narrower, Map<String, String> binds) {
        return db.handle().createQuery("""
                SELECT l.* FROM confirmed_link l
                JOIN draft fd ON fd.negotiation_id = l.negotiation_id AND fd.id = l.from_draft
                JOIN draft td ON td.negotiation_id = l.negotiation_id AND td.id = l.to_draft
                WHERE l.negotiation_id = :n AND """ + BOTH_READABLE + narrower + " ORDER BY l.confirmed_at, l.id")
                .bind("n", negotiation.value())
                .bindMap(binds)
                .bindList("parties", AudienceRows.parties(viewer, negotiation))
                .map((rs, ctx) -> new LinkConfirmation(negotiation, rs.getString("id"),
                        DraftId.of(rs.getString("from_draft")), DraftId.of(rs.getString("to_draft")),
                        JsonColumns.read(rs.getString("from_points"), NUMBERS), JsonColumns.read(rs.getString("to_points"), NUMBERS),
                        LinkConfirmation.Kind.valueOf(rs.getString("kind")), rs.getString("confirmed_by"),
                        rs.getTimestamp("confirmed_at").toInstant()))
                .list();
    }
}
