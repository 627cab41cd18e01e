package org.parley.negotiation.store;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.parley.access.AccessPolicy;
import org.parley.access.Viewer;
import org.parley.negotiation.Mode;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.Party;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.PartyKind;
import org.parley.negotiation.Person;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Topic;
import org.parley.negotiation.TopicId;
import org.parley.platform.db.Database;

/** Negotiations, parties, people and topics in SQL. */
public final class JdbiNegotiations implements Negotiations {
    private static final String SELECT = "SELECT id, title, summary, mode, is_public, created_at FROM negotiation n ";

    private final Database db;

    public JdbiNegotiations(Database db) {
        this.db = db;
    }

    @Override
    public boolean exists(NegotiationId id) {
        return db.handle().createQuery("SELECT COUNT(*) FROM negotiation WHERE id = :id")
                .bind("id", id.value()).mapTo(Integer.class).one() > 0;
    }

    @Override
    public void add(Negotiation n) {
        db.handle().createUpdate("""
                INSERT INTO negotiation (id, title, summary, mode, is_public, created_at)
                VALUES (:id, :title, :summary, :mode, :pub, :created)""")
                .bind("id", n.id().value()).bind("title", n.title()).bind("summary", n.summary())
                .bind("mode", n.mode().name()).bind("pub", n.isPublic())
                .bind("created", Timestamp.from(n.createdAt()))
                .execute();
    }

    @Override
    public Optional<Negotiation> find(NegotiationId id, Viewer viewer) {
        return db.handle().createQuery(SELECT + "WHERE n.id = :id AND (n.is_public OR n.id IN (<seated>))")
                .bind("id", id.value())
                .bindList("seated", AccessPolicy.seatedNegotiations(viewer))
                .map((rs, ctx) -> negotiation(rs))
                .findOne();
    }

    @Override
    public List<Negotiation> list(Viewer viewer) {
        return db.handle().createQuery(SELECT + "WHERE n.is_public OR n.id IN (<seated>) ORDER BY n.created_at DESC, n.id")
                .bindList("seated", AccessPolicy.seatedNegotiations(viewer))
                .map((rs, ctx) -> negotiation(rs))
                .list();
    }

    private static Negotiation negotiation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Negotiation(NegotiationId.of(rs.getString("id")), rs.getString("title"), rs.getString("summary"),
                Mode.valueOf(rs.getString("mode")), rs.getBoolean("is_public"), rs.getTimestamp("created_at").toInstant());
    }

    @Override
    public void addParty(Party p) {
        db.handle().createUpdate("""
                INSERT INTO party (negotiation_id, id, ord, name, short_name, kind, colour)
                VALUES (:n, :id, (SELECT COUNT(*) FROM party WHERE negotiation_id = :n), :name, :short, :kind, :colour)""")
                .bind("n", p.negotiationId().value()).bind("id", p.id().value()).bind("name", p.name())
                .bind("short", p.shortName()).bind("kind", p.kind().name()).bind("colour", p.colour())
                .execute();
    }

    @Override
    public List<Party> parties(NegotiationId id) {
        return db.handle().createQuery("SELECT * FROM party WHERE negotiation_id = :n ORDER BY ord")
                .bind("n", id.value())
                .map((rs, ctx) -> new Party(id, PartyId.of(rs.getString("id")), rs.getString("name"),
                        rs.getString("short_name"), PartyKind.valueOf(rs.getString("kind")), rs.getString("colour")))
                .list();
    }

    @Override
    public void addPerson(Person p) {
        db.handle().createUpdate("""
                INSERT INTO person (negotiation_id, id, ord, name, title, party_id)
                VALUES (:n, :id, (SELECT COUNT(*) FROM person WHERE negotiation_id = :n), :name, :title, :party)""")
                .bind("n", p.negotiationId().value()).bind("id", p.id().value()).bind("name", p.name())
                .bind("title", p.title()).bind("party", p.party().map(PartyId::value).orElse(null))
                .execute();
    }

    @Override
    public List<Person> people(NegotiationId id) {
        return db.handle().createQuery("SELECT * FROM person WHERE negotiation_id = :n ORDER BY ord")
                .bind("n", id.value())
                .map((rs, ctx) -> new Person(id, PersonId.of(rs.getString("id")), rs.getString("name"), rs.getString("title"),
                        rs.getString("party_id") == null ? null : PartyId.of(rs.getString("party_id"))))
                .list();
    }

    @Override
    public void addTopic(Topic t) {
        db.handle().createUpdate("""
                INSERT INTO topic (negotiation_id, id, ord, name, sticking_point)
                VALUES (:n, :id, (SELECT COUNT(*) FROM topic WHERE negotiation_id = :n), :name, :sticking)""")
                .bind("n", t.negotiationId().value()).bind("id", t.id().value()).bind("name", t.name())
                .bind("sticking", t.stickingPoint())
                .execute();
    }

    @Override
    public List<Topic> topics(NegotiationId id) {
        return db.handle().createQuery("SELECT * FROM topic WHERE negotiation_id = :n ORDER BY ord")
                .bind("n", id.value())
                .map((rs, ctx) -> new Topic(id, TopicId.of(rs.getString("id")), rs.getString("name"), rs.getBoolean("sticking_point")))
                .list();
    }
}
