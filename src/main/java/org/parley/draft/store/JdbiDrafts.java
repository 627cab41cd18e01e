package org.parley.draft.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.draft.Derivation;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.DraftStatus;
import org.parley.draft.DraftSummary;
import org.parley.draft.Drafts;
import org.parley.draft.Point;
import org.parley.draft.PointNumber;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.TopicId;
import org.parley.platform.db.AudienceRows;
import org.parley.platform.db.Database;
import org.parley.platform.db.JsonColumns;

/** Drafts and their points in SQL; a draft's text is read only for viewers in its audience. */
public final class JdbiDrafts implements Drafts {
    static final String TEXT = "draft";
    static final String EXISTENCE = "draft-existence";
    private static final String KNOWN = AudienceRows.visible("d", "existence_public", EXISTENCE);
    private static final String READABLE = AudienceRows.visible("d", "is_public", TEXT);

    private final Database db;

    public JdbiDrafts(Database db) {
        this.db = db;
    }

    @Override
    public boolean exists(NegotiationId negotiation, DraftId id) {
        return db.handle().createQuery("SELECT COUNT(*) FROM draft WHERE negotiation_id = :n AND id = :id")
                .bind("n", negotiation.value()).bind("id", id.value()).mapTo(Integer.class).one() > 0;
    }

    @Override
    public void add(Draft d) {
        Handle h = db.handle();
        h.createUpdate("""
                INSERT INTO draft (negotiation_id, id, ord, title, authors, draft_date, status, is_public, existence_public,
                                   known_point_count, preamble, derived_from, provenance, note)
                VALUES (:n, :id, (SELECT COUNT(*) FROM draft WHERE negotiation_id = :n), :title, :authors, :date, :status,
                        :pub, :existencePub, :known, :preamble, :derived, :provenance, :note)""")
                .bind("n", d.negotiationId().value()).bind("id", d.id().value()).bind("title", d.title())
                .bind("authors", JsonColumns.write(d.authors()))
                .bind("date", d.date() == null ? null : Date.valueOf(d.date()))
                .bind("status", d.status().name())
                .bind("pub", d.audience().isPublic()).bind("existencePub", d.existence().isPublic())
                .bind("known", d.knownPointCount())
                .bind("preamble", d.preamble())
                .bind("derived", JsonColumns.write(d.derivedFrom()))
                .bind("provenance", JsonColumns.write(d.provenance()))
                .bind("note", d.note())
                .execute();
        AudienceRows.write(h, d.negotiationId(), TEXT, d.id().value(), d.audience());
        AudienceRows.write(h, d.negotiationId(), EXISTENCE, d.id().value(), d.existence());
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO point (negotiation_id, draft_id, ord, number, text, section, topics)
                VALUES (:n, :d, :ord, :number, :text, :section, :topics)""");
        int ord = 0;
        for (Point p : d.points()) {
            batch.bind("n", d.negotiationId().value()).bind("d", d.id().value()).bind("ord", ord++)
                    .bind("number", p.number().value()).bind("text", p.text()).bind("section", p.section())
                    .bind("topics", JsonColumns.write(p.topics()))
                    .add();
        }
        if (ord > 0) {
            batch.execute();
        }
    }

    @Override
    public Optional<Draft> find(NegotiationId negotiation, DraftId id, Viewer viewer) {
        Handle h = db.handle();
        Map<String, Set<PartyId>> text = AudienceRows.read(h, negotiation, TEXT, id.value());
        Map<String, Set<PartyId>> existence = AudienceRows.read(h, negotiation, EXISTENCE, id.value());
        Optional<Row> row = h.createQuery("SELECT d.*, (SELECT COUNT(*) FROM point p WHERE p.negotiation_id = d.negotiation_id"
                        + " AND p.draft_id = d.id) AS point_count FROM draft d WHERE d.negotiation_id = :n AND d.id = :id AND " + KNOWN)
                .bind("n", negotiation.value()).bind("id", id.value())
                .bindList("parties", AudienceRows.parties(viewer, negotiation))
                .map((rs, ctx) -> row(rs, negotiation, text, existence))
                .findOne();
        return row.map(r -> r.toDraft(points(h, negotiation, id, viewer)));
    }

    private static List<Point> points(Handle h, NegotiationId negotiation, DraftId id, Viewer viewer) {
        return h.createQuery("SELECT p.number, p.text, p.section, p.topics FROM point p JOIN draft d"
                        + " ON d.negotiation_id = p.negotiation_id AND d.id = p.draft_id"
                        + " WHERE p.negotiation_id = :n AND p.draft_id = :id AND " + READABLE + " ORDER BY p.ord")
                .bind("n", negotiation.value()).bind("id", id.value())
                .bindList("parties", AudienceRows.parties(viewer, negotiation))
                .map((rs, ctx) -> new Point(PointNumber.of(rs.getString("number")), rs.getString("text"), rs.getString("section"),
                        JsonColumns.read(rs.getString("topics"), new TypeReference<List<TopicId>>() {})))
                .list();
    }

    @Override
    public List<DraftSummary> list(NegotiationId negotiation, Viewer viewer) {
        Handle h = db.handle();
        Map<String, Set<PartyId>> text = AudienceRows.read(h, negotiation, TEXT);
        Map<String, Set<PartyId>> existence = AudienceRows.read(h, negotiation, EXISTENCE);
        return h.createQuery("SELECT d.*, (SELECT COUNT(*) FROM point p WHERE p.negotiation_id = d.negotiation_id"
                        + " AND p.draft_id = d.id) AS point_count FROM draft d WHERE d.negotiation_id = :n AND " + KNOWN + " ORDER BY d.ord")
                .bind("n", negotiation.value())
                .bindList("parties", AudienceRows.parties(viewer, negotiation))
                .map((rs, ctx) -> row(rs, negotiation, text, existence))
                .list()
                .stream()
                .map(r -> r.summary(AccessPolicy.canSee(viewer, negotiation, r.audience)))
                .toList();
    }

    @Override
    public void changeStatus(NegotiationId negotiation, DraftId id, DraftStatus status) {
        db.handle().createUpdate("UPDATE draft SET status = :s WHERE negotiation_id = :n AND id = :id")
                .bind("s", status.name()).bind("n", negotiation.value()).bind("id", id.value()).execute();
    }

    @Override
    public void changeAudience(NegotiationId negotiation, DraftId id, Audience audience, Audience existence) {
        Handle h = db.handle();
        h.createUpdate("UPDATE draft SET is_public = :pub, existence_public = :epub WHERE negotiation_id = :n AND id = :id")
                .bind("pub", audience.isPublic()).bind("epub", existence.isPublic())
                .bind("n", negotiation.value()).bind("id", id.value()).execute();
        AudienceRows.write(h, negotiation, TEXT, id.value(), audience);
        AudienceRows.write(h, negotiation, EXISTENCE, id.value(), existence);
    }

    private static Row row(ResultSet rs, NegotiationId negotiation, Map<String, Set<PartyId>> text,
            Map<String, Set<PartyId>> existence) throws SQLException {
        String id = rs.getString("id");
        Date date = rs.getDate("draft_date");
        int known = rs.getInt("known_point_count");
        Integer knownPointCount = rs.wasNull() ? null : known;
        return new Row(negotiation, DraftId.of(id), rs.getString("title"),
                JsonColumns.read(rs.getString("authors"), new TypeReference<List<PartyId>>() {}),
                date == null ? null : date.toLocalDate(),
                DraftStatus.valueOf(rs.getString("status")),
                AudienceRows.of(rs.getBoolean("is_public"), text, id),
                AudienceRows.of(rs.getBoolean("existence_public"), existence, id),
                knownPointCount,
                rs.getInt("point_count"),
                rs.getString("preamble"),
                JsonColumns.read(rs.getString("derived_from"), new TypeReference<List<Derivation>>() {}),
                JsonColumns.read(rs.getString("provenance"), Provenance.class),
                rs.getString("note"));
    }

    private record Row(NegotiationId negotiation, DraftId id, String title, List<PartyId> authors, java.time.LocalDate date,
            DraftStatus status, Audience audience, Audience existence, Integer knownPointCount, int storedPoints,
            String preamble, List<Derivation> derivedFrom, Provenance provenance, String note) {

        /** The whole draft when points were readable; else what its existence audience may know. */
        Draft toDraft(List<Point> points) {
            boolean withheld = points.isEmpty() && storedPoints > 0;
            return new Draft(negotiation, id, title, authors, date, status, audience, existence,
                    withheld ? Integer.valueOf(storedPoints) : knownPointCount, withheld ? "" : preamble, points,
                    derivedFrom, provenance, note);
        }

        DraftSummary summary(boolean readable) {
            int count = storedPoints > 0 ? storedPoints : knownPointCount == null ? 0 : knownPointCount;
            return new DraftSummary(id, title, authors, date, status, audience, existence, count, storedPoints > 0,
                    readable, derivedFrom, provenance);
        }
    }
}
