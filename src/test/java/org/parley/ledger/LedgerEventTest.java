package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ledger.LedgerFixtures.NOW;
import static org.parley.ledger.LedgerFixtures.aSalt;
import static org.parley.ledger.LedgerFixtures.anEvent;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LedgerEventTest {

    @Test
    void leafHash_followsTheDocumentedCanonicalEncoding() {
        // Computed outside Java from the format described on LedgerEvent.
        assertThat(anEvent(7).leafHash().hex())
                .isEqualTo("ff1c393d31aec3f06cd689de7f79982ce60b1f12a418ea68d1de25bc92f3511a");
        assertThat(HexFormat.of().formatHex(anEvent(7).canonicalBytes())).startsWith(
                "000000157061726c65792d6c65646765722d6576656e742f310000000137000000056e65672d3100");
    }

    @Test
    void canonicalBytes_areTheSameForEqualEvents() {
        assertThat(anEvent(3).canonicalBytes()).isEqualTo(anEvent(3).canonicalBytes());
        assertThat(anEvent(3).leafHash()).isEqualTo(anEvent(3).leafHash());
    }

    @Test
    void leafHash_changesWithEveryField() {
        LedgerEvent base = anEvent(1);
        LedgerEvent[] variants = {
            anEvent(2),
            new LedgerEvent(1, "neg-2", base.kind(), base.subjectId(), base.audience(), base.actor(), NOW, base.payload(), aSalt()),
            new LedgerEvent(1, base.negotiationId(), "position.withdrawn", base.subjectId(), base.audience(), base.actor(), NOW, base.payload(), aSalt()),
            new LedgerEvent(1, base.negotiationId(), base.kind(), "pos-43", base.audience(), base.actor(), NOW, base.payload(), aSalt()),
            new LedgerEvent(1, base.negotiationId(), base.kind(), base.subjectId(), "public", base.actor(), NOW, base.payload(), aSalt()),
            new LedgerEvent(1, base.negotiationId(), base.kind(), base.subjectId(), base.audience(), "bob", NOW, base.payload(), aSalt()),
            new LedgerEvent(1, base.negotiationId(), base.kind(), base.subjectId(), base.audience(), base.actor(), NOW.plusNanos(1000), base.payload(), aSalt()),
            new LedgerEvent(1, base.negotiationId(), base.kind(), base.subjectId(), base.audience(), base.actor(), NOW, "{}", aSalt()),
            new LedgerEvent(1, base.negotiationId(), base.kind(), base.subjectId(), base.audience(), base.actor(), NOW, base.payload(), EventSalt.random(new SecureRandom())),
        };
        for (LedgerEvent variant : variants) {
            assertThat(variant.leafHash()).as(variant.toString()).isNotEqualTo(base.leafHash());
        }
    }

    @Test
    void canonicalBytes_keepFieldBoundaries() {
        LedgerEvent base = anEvent(1);
        LedgerEvent shifted = new LedgerEvent(1, base.negotiationId(), base.kind(), "pos-4", "2" + base.audience(),
                base.actor(), NOW, base.payload(), aSalt());
        LedgerEvent original = new LedgerEvent(1, base.negotiationId(), base.kind(), "pos-42", base.audience(),
                base.actor(), NOW, base.payload(), aSalt());

        assertThat(shifted.canonicalBytes()).isNotEqualTo(original.canonicalBytes());
    }

    @Test
    void constructor_refusesATimestampFinerThanMicroseconds() {
        assertThatThrownBy(() -> new LedgerEvent(1, "neg-1", "position.recorded", "pos-1", "public", "alice",
                NOW.plusNanos(1), "{}", aSalt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("microseconds");
    }

    @Test
    void constructor_refusesAKindThatIsNotDottedLowerCase() {
        assertThatThrownBy(() -> new LedgerEvent(1, "neg-1", "PositionRecorded", "pos-1", "public", "alice",
                NOW, "{}", aSalt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind");
    }

    @Test
    void constructor_refusesTextThatUtf8CannotEncode() {
        assertThatThrownBy(() -> new LedgerEvent(1, "neg-1", "position.recorded", "pos-1", "public", "alice",
                NOW, "{\"x\":\"\uD800\"}", aSalt()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
