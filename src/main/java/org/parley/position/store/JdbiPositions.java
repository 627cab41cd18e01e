package org.parley.position.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.parley.access.Viewer;
import org.parley.draft.DraftId;
import org.parley.draft.PointNumber;
import org.parley.meeting.StatementId;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Provenance;
import org.parley.platform.db.AudienceRows;
import org.parley.platform.db.Database;
import org.parley.platform.db.JsonColumns;
import org.parley.position.Position;
import org.parley.position.PositionId;
import org.parley.position.Positions;
import org.parley.position.Stance;

/** Positions in SQL, appended in order; a position shows only to readers of both it and its draft's text. */
public final class JdbiPositions implements Positions {
    private static final String KIND = "position";
    private static final String SELECT = "SELECT pos.* FROM position pos JOIN draft d ON d.negotiation_id = pos.negotiation_id"
            + " AND d.id = pos.draft_id WHERE pos.negotiation_id = :n AND "
            + AudienceRows.visible("pos", "is_public", KIND) + " AND " + AudienceRows.visible("d", "is_public", "draft");

    private final Database db;

    public JdbiPositions(Database db) {
        this.db = db;
    }

    @Override
    public void add(Position p) {
        Handle h = db.handle();
        h.createUpdate("""
                INSERT INTO position (negotiation_id, id, seq, party_id, draft_id, point_number, stance, reason, conditions,
                                      statement_id, provenance, is_public, recorded_by, recorded_at)
                VALUES (:n, :id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM position WHERE negotiation_id = :n), :party, :draft,
                        :point, :stance, :reason, :conditions, :statement, :provenance, :pub, :by, :at)""")
                .bind("n", p.negotiationId().value()).bind("id", p.id().value())
                .bind("party", p.partyId().value()).bind("draft", p.draftId().value())
                .bind("point", p.onPoint().map(PointNumber::value).orElse(null))
                .bind("stance", p.stance().name()).bind("reason", p.reason())
                .bind("conditions", JsonColumns.write(p.conditions()))
                .bind("statement", p.statement().map(StatementId::value).orElse(null))
                .bind("provenance", JsonColumns.write(p.provenance()))
                .bind("pub", p.audience().isPublic()).bind("by", p.recordedBy())
                .bind("at", Timestamp.from(p.recordedAt()))
                .execute();
        AudienceRows.write(h, p.negotiationId(), KIND, p.id().value(), p.audience());
    }

    @Override
    public List<Position> onDraft(NegotiationId negotiation, DraftId draft, Viewer viewer) {
        return query(negotiation, viewer, " AND pos.draft_id = :draft", draft.value());
    }

    @Override
    public List<Position> all(NegotiationId negotiation, Viewer viewer) {
        return query(negotiation, viewer, "", null);
    }

    private List<Position> query(NegotiationId negotiation, Viewer viewer, String condition, String draft) {
        Handle h = db.handle();
        Map<String, Set<PartyId>> audiences = AudienceRows.read(h, negotiation, KIND);
        var query = h.createQuery(SELECT + condition + " ORDER BY pos.recorded_at, pos.seq")
                .bind("n", negotiation.value())
                .bindList("parties", AudienceRows.parties(viewer, negotiation));
        if (draft != null) {
            query.bind("draft", draft);
        }
        return query.map((rs, ctx) -> position(rs, negotiation, audiences)).list();
    }

    private static Position position(ResultSet rs, NegotiationId negotiation, Map<String, Set<PartyId>> audiences)
            throws SQLException {
        String id = rs.getString("id");
        String point = rs.getString("point_number");
        String statement = rs.getString("statement_id");
        return new Position(negotiation, PositionId.of(id), PartyId.of(rs.getString("party_id")),
                DraftId.of(rs.getString("draft_id")), point == null ? null : PointNumber.of(point),
                Stance.valueOf(rs.getString("stance")), rs.getString("reason"),
                JsonColumns.read(rs.getString("conditions"), new TypeReference<List<PointNumber>>() {}),
                statement == null ? null : StatementId.of(statement),
                JsonColumns.read(rs.getString("provenance"), Provenance.class),
                AudienceRows.of(rs.getBoolean("is_public"), audiences, id),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
