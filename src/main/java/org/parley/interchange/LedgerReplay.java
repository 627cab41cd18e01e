package org.parley.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.access.Audience;
import org.parley.draft.Draft;
import org.parley.draft.DraftStatus;
import org.parley.draft.LinkConfirmation;
import org.parley.ledger.LedgerEvent;
import org.parley.meeting.Meeting;
import org.parley.meeting.Statement;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Party;
import org.parley.negotiation.Person;
import org.parley.negotiation.Topic;
import org.parley.position.Position;

/**
 * Rebuilds the record of each negotiation from the ledger's events alone, and holds the stored
 * record against it: a row edited, added or deleted behind Parley's back no longer matches what
 * the log says, and the finding names the last ledger entry about that record.
 */
public final class LedgerReplay {
    private final Map<String, Replayed> negotiations = new LinkedHashMap<>();

    private LedgerReplay() {}

    /** Replays the events, oldest first. */
    public static LedgerReplay of(List<LedgerEvent> events) {
        LedgerReplay replay = new LedgerReplay();
        events.forEach(replay::apply);
        return replay;
    }

    /** The negotiations the log knows of. */
    public List<String> negotiationIds() {
        return List.copyOf(negotiations.keySet());
    }

    /** What a comparison of the stored record with the replayed one found. */
    public sealed interface Finding {
        /** The stored record is what the log says. */
        record Agrees(int records) implements Finding {}

        /** A stored record differs from the log; {@code sequence} is the last entry about it, 0 when the log has none. */
        record Differs(long sequence, String what) implements Finding {}
    }

    /** Compares a negotiation as stored (exported in full) with the negotiation as the log rebuilds it. */
    public Finding compare(String negotiationId, Optional<Bundle> stored) {
        Replayed expected = negotiations.get(negotiationId);
        if (stored.isEmpty()) {
            return new Finding.Differs(expected.created, "negotiation " + negotiationId + " is in the log but not in the store");
        }
        Bundle b = stored.get();
        List<Finding.Differs> found = new ArrayList<>();
        compare(found, "negotiation", Map.of(b.negotiation().id().value(), b.negotiation()), expected.negotiation);
        compare(found, "party", byId(b.parties(), p -> p.id().value()), expected.parties);
        compare(found, "person", byId(b.people(), p -> p.id().value()), expected.people);
        compare(found, "topic", byId(b.topics(), t -> t.id().value()), expected.topics);
        compare(found, "draft", byId(b.drafts(), d -> d.id().value()), expected.drafts);
        compare(found, "meeting", byId(b.meetings(), m -> m.id().value()), expected.meetings);
        compare(found, "statement", byId(b.statements(), s -> s.id().value()), expected.statements);
        compare(found, "position", byId(b.positions(), p -> p.id().value()), expected.positions);
        compare(found, "confirmed link", byId(b.links(), LinkConfirmation::id), expected.links);
        return earliest(found, new Finding.Agrees(expected.size()));
    }

    /**
     * Compares the seats stored for each negotiation (account and party, see {@link #seatKey}) with
     * the seats the log granted: a seat given behind Parley's back lets someone read confidential
     * texts, so it must show.
     */
    public Finding compareSeats(Map<String, java.util.Set<String>> storedByNegotiation) {
        List<Finding.Differs> found = new ArrayList<>();
        int seats = 0;
        java.util.Set<String> negotiationIds = new java.util.TreeSet<>(storedByNegotiation.keySet());
        negotiationIds.addAll(negotiations.keySet());
        for (String id : negotiationIds) {
            Map<String, Entry<String>> expected = negotiations.containsKey(id) ? negotiations.get(id).seats : Map.of();
            Map<String, String> stored = new LinkedHashMap<>();
            storedByNegotiation.getOrDefault(id, java.util.Set.of()).forEach(key -> stored.put(key, key));
            compare(found, "seat in negotiation " + id + ":", stored, expected);
            seats += expected.size();
        }
        return earliest(found, new Finding.Agrees(seats));
    }

    /** The difference with the earliest ledger entry (those the log has no entry for last), else {@code agrees}. */
    private static Finding earliest(List<Finding.Differs> found, Finding agrees) {
        return found.stream()
                .min((x, y) -> Long.compare(x.sequence() == 0 ? Long.MAX_VALUE : x.sequence(), y.sequence() == 0 ? Long.MAX_VALUE : y.sequence()))
                .<Finding>map(f -> f)
                .orElse(agrees);
    }

    /** How a seat is named in the comparison: "alice for kestria". */
    public static String seatKey(String account, String party) {
        return account + " for " + party;
    }

    private static <T> Map<String, T> byId(List<T> records, java.util.function.Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        records.forEach(r -> out.put(id.apply(r), r));
        return out;
    }

    private static <T> void compare(List<Finding.Differs> found, String kind, Map<String, T> stored, Map<String, Entry<T>> expected) {
        for (var e : expected.entrySet()) {
            T actual = stored.get(e.getKey());
            if (actual == null) {
                found.add(new Finding.Differs(e.getValue().sequence, kind + " " + e.getKey() + " is in the log but not in the store"));
            } else if (!Objects.equals(actual, e.getValue().record)) {
                found.add(new Finding.Differs(e.getValue().sequence, kind + " " + e.getKey() + " in the store differs from the log"));
            }
        }
        for (String id : stored.keySet()) {
            if (!expected.containsKey(id)) {
                found.add(new Finding.Differs(0, kind + " " + id + " is in the store but no ledger entry records it"));
            }
        }
    }

    private void apply(LedgerEvent event) {
        Replayed n = negotiations.computeIfAbsent(event.negotiationId(), id -> new Replayed(event.sequence()));
        long seq = event.sequence();
        String payload = event.payload();
        switch (event.kind()) {
            case "negotiation.created" -> put(n.negotiation, read(payload, Negotiation.class), event.negotiationId(), seq);
            case "party.added" -> put(n.parties, read(payload, Party.class), event.subjectId(), seq);
            case "person.added" -> put(n.people, read(payload, Person.class), event.subjectId(), seq);
            case "topic.added" -> put(n.topics, read(payload, Topic.class), event.subjectId(), seq);
            case "draft.added" -> put(n.drafts, read(payload, Draft.class), event.subjectId(), seq);
            case "draft.status-changed" -> n.drafts.computeIfPresent(event.subjectId(),
                    (id, d) -> new Entry<>(d.record.withStatus(read(payload, DraftStatus.class)), seq));
            case "draft.disclosed" -> {
                JsonNode disclosed = read(payload, JsonNode.class);
                Audience readers = convert(disclosed.get("readersAfter"));
                Audience knowers = convert(disclosed.get("knowersAfter"));
                n.drafts.computeIfPresent(event.subjectId(), (id, d) -> new Entry<>(d.record.withAudience(readers, knowers), seq));
            }
            case "meeting.added" -> put(n.meetings, read(payload, Meeting.class), event.subjectId(), seq);
            case "statement.added" -> put(n.statements, read(payload, Statement.class), event.subjectId(), seq);
            case "position.recorded" -> put(n.positions, read(payload, Position.class), event.subjectId(), seq);
            case "seat.granted" -> {
                JsonNode seat = read(payload, JsonNode.class);
                String key = seatKey(seat.path("account").asText(), seat.path("party").asText());
                put(n.seats, key, key, seq);
            }
            case "link.confirmed" -> {
                JsonNode confirmed = read(payload, JsonNode.class);
                confirmed.get("replaced").forEach(replaced -> n.links.remove(replaced.asText()));
                put(n.links, Json.mapper().convertValue(confirmed.get("link"), LinkConfirmation.class), event.subjectId(), seq);
            }
            case "link.withdrawn" -> n.links.remove(event.subjectId());
            default -> { }
        }
    }

    private static <T> void put(Map<String, Entry<T>> records, T record, String id, long sequence) {
        records.put(id, new Entry<>(record, sequence));
    }

    private static <T> T read(String payload, Class<T> type) {
        try {
            return Json.mapper().readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ledger payload does not read as " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Audience convert(JsonNode node) {
        return Json.mapper().convertValue(node, Audience.class);
    }

    /** A record as the log last left it, and the entry that did. */
    private record Entry<T>(T record, long sequence) {}

    /** One negotiation as the log builds it up. */
    private static final class Replayed {
        final long created;
        final Map<String, Entry<Negotiation>> negotiation = new LinkedHashMap<>();
        final Map<String, Entry<Party>> parties = new LinkedHashMap<>();
        final Map<String, Entry<Person>> people = new LinkedHashMap<>();
        final Map<String, Entry<Topic>> topics = new LinkedHashMap<>();
        final Map<String, Entry<Draft>> drafts = new LinkedHashMap<>();
        final Map<String, Entry<Meeting>> meetings = new LinkedHashMap<>();
        final Map<String, Entry<Statement>> statements = new LinkedHashMap<>();
        final Map<String, Entry<Position>> positions = new LinkedHashMap<>();
        final Map<String, Entry<LinkConfirmation>> links = new LinkedHashMap<>();
        final Map<String, Entry<String>> seats = new LinkedHashMap<>();

        Replayed(long created) {
            this.created = created;
        }

        int size() {
            return negotiation.size() + parties.size() + people.size() + topics.size() + drafts.size() + meetings.size()
                    + statements.size() + positions.size() + links.size();
        }
    }
}
