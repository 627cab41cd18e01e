package org.parley.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * One change in a negotiation, as the ledger records it. Sequences start at 1; the event is the
 * tree's leaf at index {@code sequence - 1}, and that leaf holds only a salted hash of the event.
 *
 * <p>Canonical bytes, version 1: nine fields in this order, each written as its UTF-8 bytes
 * preceded by their count as a 4-byte big-endian integer:
 * {@code "parley-ledger-event/1"}, sequence in decimal, negotiation id, kind, subject id,
 * audience, actor, timestamp as microseconds since 1970-01-01T00:00:00Z in decimal, payload.
 * The leaf data is SHA-256(salt ‖ canonical bytes); the leaf hash is RFC 9162's
 * SHA-256(0x00 ‖ leaf data). The payload is hashed exactly as given, so a store must keep it
 * as text, byte for byte (not as a JSON type that reorders keys).
 *
 * @param kind what happened, dotted lower case, e.g. {@code position.recorded}
 * @param audience the record's audience in its canonical text form
 * @param actor who made the change; empty when Parley itself did
 * @param timestamp when it happened, in whole microseconds (what SQL timestamps keep)
 * @param payload the change as canonical JSON (sorted keys, no insignificant whitespace)
 */
public record LedgerEvent(
        long sequence,
        String negotiationId,
        String kind,
        String subjectId,
        String audience,
        String actor,
        Instant timestamp,
        String payload,
        EventSalt salt) {

    static final String FORMAT = "parley-ledger-event/1";

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+");

    public LedgerEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequences start at 1: " + sequence);
        }
        requireText("negotiation id", negotiationId);
        requireText("kind", kind);
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be dotted lower case like position.recorded: " + kind);
        }
        requireText("subject id", subjectId);
        requireText("audience", audience);
        if (actor == null || !StandardCharsets.UTF_8.newEncoder().canEncode(actor)) {
            throw new IllegalArgumentException("actor must be text that UTF-8 can encode (empty for Parley itself)");
        }
        if (timestamp == null) {
            throw new IllegalArgumentException("an event needs a timestamp");
        }
        if (!timestamp.truncatedTo(ChronoUnit.MICROS).equals(timestamp)) {
            throw new IllegalArgumentException("timestamp must be in whole microseconds: " + timestamp);
        }
        if (payload == null || !StandardCharsets.UTF_8.newEncoder().canEncode(payload)) {
            throw new IllegalArgumentException("payload must be text that UTF-8 can encode");
        }
        if (salt == null) {
            throw new IllegalArgumentException("an event needs a salt");
        }
    }

    /** The index of this event's leaf in the tree. */
    public long leafIndex() {
        return sequence - 1;
    }

    /** The deterministic encoding described on this type. */
    public byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, timestamp);
        for (String field : new String[] {
                FORMAT, Long.toString(sequence), negotiationId, kind, subjectId, audience, actor,
                Long.toString(micros), payload}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** SHA-256(salt ‖ canonical bytes): what the tree's leaf holds instead of the event. */
    public byte[] leafData() {
        return MerkleHash.sha256(salt.bytes(), canonicalBytes());
    }

    public MerkleHash leafHash() {
        return MerkleHash.ofLeaf(leafData());
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an event needs a " + what);
        }
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException(what + " must be text that UTF-8 can encode");
        }
    }
}
