package org.parley.meeting.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.parley.access.Viewer;
import org.parley.draft.DraftId;
import org.parley.meeting.HandedOver;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingId;
import org.parley.meeting.Meetings;
import org.parley.meeting.PointRef;
import org.parley.meeting.Statement;
import org.parley.meeting.StatementId;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.TopicId;
import org.parley.platform.db.AudienceRows;
import org.parley.platform.db.Database;
import org.parley.platform.db.JsonColumns;

/** Meetings and statements in SQL. */
public final class JdbiMeetings implements Meetings {
    private static final String MEETING = "meeting";
    private static final String STATEMENT = "statement";

    private final Database db;

    public JdbiMeetings(Database db) {
        this.db = db;
    }

    @Override
    public boolean meetingExists(NegotiationId negotiation, MeetingId id) {
        return count("meeting", negotiation, id.value()) > 0;
    }

    @Override
    public boolean statementExists(NegotiationId negotiation, StatementId id) {
        return count("statement", negotiation, id.value()) > 0;
    }

    private int count(String table, NegotiationId negotiation, String id) {
        return db.handle().createQuery("SELECT COUNT(*) FROM " + table + " WHERE negotiation_id = :n AND id = :id")
                .bind("n", negotiation.value()).bind("id", id).mapTo(Integer.class).one();
    }

    @Override
    public void addMeeting(Meeting m) {
        Handle h = db.handle();
        h.createUpdate("""
                INSERT INTO meeting (negotiation_id, id, title, place, start_at, start_epoch, duration_s, attendees, parties,
                                     drafts, handed_over, outcome, confidential_to, is_public, provenance)
                VALUES (:n, :id, :title, :place, :start, :epoch, :duration, :attendees, :parties, :drafts, :handed, :outcome,
                        :confidential, :pub, :provenance)""")
                .bind("n", m.negotiationId().value()).bind("id", m.id().value()).bind("title", m.title())
                .bind("place", m.place()).bind("start", m.start().toString()).bind("epoch", m.start().toEpochSecond())
                .bind("duration", m.duration() == null ? null : m.duration().getSeconds())
                .bind("attendees", JsonColumns.write(m.attendees())).bind("parties", JsonColumns.write(m.parties()))
                .bind("drafts", JsonColumns.write(m.drafts())).bind("handed", JsonColumns.write(m.handedOver()))
                .bind("outcome", m.outcome()).bind("confidential", JsonColumns.write(m.confidentialTo()))
                .bind("pub", m.audience().isPublic()).bind("provenance", JsonColumns.write(m.provenance()))
                .execute();
        AudienceRows.write(h, m.negotiationId(), MEETING, m.id().value(), m.audience());
    }

    @Override
    public Optional<Meeting> findMeeting(NegotiationId negotiation, MeetingId id, Viewer viewer) {
        Map<String, Set<PartyId>> audience = AudienceRows.read(db.handle(), negotiation, MEETING, id.value());
        return meetingQuery(negotiation, viewer, " AND m.id = :id").bind("id", id.value())
                .map((rs, ctx) -> meeting(rs, negotiation, audience)).findOne();
    }

    @Override
    public List<Meeting> meetings(NegotiationId negotiation, Viewer viewer) {
        Map<String, Set<PartyId>> audiences = audiences(negotiation, MEETING);
        return meetingQuery(negotiation, viewer, " ORDER BY m.start_epoch, m.id")
                .map((rs, ctx) -> meeting(rs, negotiation, audiences)).list();
    }

    private Query meetingQuery(NegotiationId negotiation, Viewer viewer, String rest) {
        return db.handle().createQuery("SELECT m.* FROM meeting m WHERE m.negotiation_id = :n AND "
                        + AudienceRows.visible("m", "is_public", MEETING) + rest)
                .bind("n", negotiation.value())
                .bindList("parties", AudienceRows.parties(viewer, negotiation));
    }

    private Map<String, Set<PartyId>> audiences(NegotiationId negotiation, String kind) {
        return AudienceRows.read(db.handle(), negotiation, kind);
    }

    private static Meeting meeting(ResultSet rs, NegotiationId negotiation, Map<String, Set<PartyId>> audiences) throws SQLException {
        String id = rs.getString("id");
        long duration = rs.getLong("duration_s");
        boolean noDuration = rs.wasNull();
        return new Meeting(negotiation, MeetingId.of(id), rs.getString("title"), rs.getString("place"),
                OffsetDateTime.parse(rs.getString("start_at")), noDuration ? null : Duration.ofSeconds(duration),
                JsonColumns.read(rs.getString("attendees"), new TypeReference<List<PersonId>>() {}),
                JsonColumns.read(rs.getString("parties"), new TypeReference<List<PartyId>>() {}),
                JsonColumns.read(rs.getString("drafts"), new TypeReference<List<DraftId>>() {}),
                JsonColumns.read(rs.getString("handed_over"), new TypeReference<List<HandedOver>>() {}),
                rs.getString("outcome"),
                JsonColumns.read(rs.getString("confidential_to"), new TypeReference<List<PartyId>>() {}),
                AudienceRows.of(rs.getBoolean("is_public"), audiences, id),
                JsonColumns.read(rs.getString("provenance"), Provenance.class));
    }

    @Override
    public void addStatement(Statement s) {
        Handle h = db.handle();
        h.createUpdate("""
                INSERT INTO statement (negotiation_id, id, seq, speaker_id, words, said_on, setting, points, topics, is_public,
                                       provenance)
                VALUES (:n, :id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM statement WHERE negotiation_id = :n), :speaker, :words,
                        :said, :setting, :points, :topics, :pub, :provenance)""")
                .bind("n", s.negotiationId().value()).bind("id", s.id().value()).bind("speaker", s.speakerId().value())
                .bind("words", s.words()).bind("said", Date.valueOf(s.saidOn())).bind("setting", s.setting())
                .bind("points", JsonColumns.write(s.points())).bind("topics", JsonColumns.write(s.topics()))
                .bind("pub", s.audience().isPublic()).bind("provenance", JsonColumns.write(s.provenance()))
                .execute();
        AudienceRows.write(h, s.negotiationId(), STATEMENT, s.id().value(), s.audience());
    }

    @Override
    public Optional<Statement> findStatement(NegotiationId negotiation, StatementId id, Viewer viewer) {
        Map<String, Set<PartyId>> audience = AudienceRows.read(db.handle(), negotiation, STATEMENT, id.value());
        return statementQuery(negotiation, viewer, " AND s.id = :id").bind("id", id.value())
                .map((rs, ctx) -> statement(rs, negotiation, audience)).findOne();
    }

    @Override
    public List<Statement> statements(NegotiationId negotiation, Viewer viewer) {
        Map<String, Set<PartyId>> audiences = audiences(negotiation, STATEMENT);
        return statementQuery(negotiation, viewer, " ORDER BY s.said_on, s.seq")
                .map((rs, ctx) -> statement(rs, negotiation, audiences)).list();
    }

    private Query statementQuery(NegotiationId negotiation, Viewer viewer, String rest) {
        return db.handle().createQuery("SELECT s.* FROM statement s WHERE s.negotiation_id = :n AND "
                        + AudienceRows.visible("s", "is_public", STATEMENT) + rest)
                .bind("n", negotiation.value())
                .bindList("parties", AudienceRows.parties(viewer, negotiation));
    }

    private static Statement statement(ResultSet rs, NegotiationId negotiation, Map<String, Set<PartyId>> audiences)
            throws SQLException {
        String id = rs.getString("id");
        return new Statement(negotiation, StatementId.of(id), PersonId.of(rs.getString("speaker_id")), rs.getString("words"),
                rs.getDate("said_on").toLocalDate(), rs.getString("setting"),
                JsonColumns.read(rs.getString("points"), new TypeReference<List<PointRef>>() {}),
                JsonColumns.read(rs.getString("topics"), new TypeReference<List<TopicId>>() {}),
                AudienceRows.of(rs.getBoolean("is_public"), audiences, id),
                JsonColumns.read(rs.getString("provenance"), Provenance.class));
    }
}
