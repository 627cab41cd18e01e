package org.parley.access.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.parley.access.AccessPolicy;
import org.parley.access.ReadAudit;
import org.parley.access.ReadHold;
import org.parley.access.ReadRoute;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Page;
import org.parley.platform.db.Database;

/**
 * The read audit in SQL, written apart from the reading transaction so it is kept even when that
 * one is read-only. A party's view of it joins the audience table: it lists reads of the records
 * its parties may see.
 */
public final class JdbiReadAudit implements ReadAudit {
    private static final String OF_THE_PARTIES = """
            WHERE r.negotiation_id = :n AND EXISTS (SELECT 1 FROM audience a
                WHERE a.negotiation_id = r.negotiation_id AND a.record_kind = r.record_kind
                  AND a.record_id = r.record_id AND a.party_id IN (<parties>))""";

    private final Database db;
    private final Clock clock;

    public JdbiReadAudit(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void saw(Viewer reader, NegotiationId negotiation, List<Sighting> records) {
        if (ReadHold.gathered(records)) {
            return;
        }
        List<Sighting> confidential = records.stream().filter(Sighting::confidential).toList();
        if (confidential.isEmpty()) {
            return;
        }
        String route = ReadRoute.current();
        Timestamp now = Timestamp.from(clock.instant());
        db.apart(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO read_audit (negotiation_id, record_kind, record_id, reader, route, read_at)
                    VALUES (:n, :kind, :id, :reader, :route, :at)""");
            for (Sighting s : confidential) {
                batch.bind("n", negotiation.value()).bind("kind", s.kind()).bind("id", s.recordId())
                        .bind("reader", reader.name()).bind("route", route.length() > 300 ? route.substring(0, 300) : route)
                        .bind("at", now).add();
            }
            return batch.execute();
        });
    }

    @Override
    public Page.Paged<Read> readsOf(NegotiationId negotiation, Viewer viewer, Page page) {
        List<String> parties = AccessPolicy.partiesToMatch(viewer, negotiation);
        return db.apart(handle -> {
            int total = handle.createQuery("SELECT COUNT(*) FROM read_audit r " + OF_THE_PARTIES)
                    .bind("n", negotiation.value()).bindList("parties", parties)
                    .mapTo(Integer.class).one();
            List<Read> reads = handle.createQuery("SELECT r.reader, r.record_kind, r.record_id, r.route, r.read_at FROM read_audit r "
                            + OF_THE_PARTIES + " ORDER BY r.id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                    .bind("n", negotiation.value()).bindList("parties", parties)
                    .bind("offset", page.offset()).bind("limit", page.limit())
                    .map((rs, ctx) -> new Read(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()))
                    .list();
            return new Page.Paged<>(reads, page, total);
        });
    }
}
