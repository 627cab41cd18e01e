package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Workbench;
import org.parley.access.Viewer;
import org.parley.draft.LinkConfirmation;
import org.parley.interchange.Bundle;
import org.parley.interchange.LedgerReplay;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerEvent;
import org.parley.ledger.LedgerStore;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.PartyId;
import org.parley.platform.cli.DemoCommand;
import org.parley.platform.db.TestDatabases;

/**
 * Rows of the record changed with SQL behind Parley's back, on H2 and PostgreSQL: the log stays
 * intact, but the record no longer matches what the log says, and the check names the last ledger
 * entry about the record that was touched.
 */
class RecordTamperTest {

    static Stream<Arguments> tampering() {
        return Stream.of(TestDatabases.Kind.values()).flatMap(kind -> Stream.of(
                Arguments.of(kind, "UPDATE position SET stance = 'ENDORSE' WHERE id = 'side-d2-4-kestria'", "position side-d2-4-kestria"),
                Arguments.of(kind, "UPDATE point SET text = 'Flows are whatever Kestria says.' WHERE draft_id = 'draft-3' AND number = '4'",
                        "draft draft-3"),
                Arguments.of(kind, "INSERT INTO audience (negotiation_id, record_kind, record_id, party_id)"
                        + " SELECT 'river-treaty', 'draft', 'draft-2-fallback', 'lowmark' FROM party WHERE id = 'lowmark'"
                        + " UNION ALL SELECT 'river-treaty', 'draft-existence', 'draft-2-fallback', 'lowmark' FROM party WHERE id = 'lowmark'",
                        "draft draft-2-fallback"),
                Arguments.of(kind, "DELETE FROM audience WHERE record_id = 'st-veil-fallback'", "statement st-veil-fallback"),
                Arguments.of(kind, "UPDATE meeting SET outcome = 'Nothing happened.' WHERE id = 'round-1'", "meeting round-1"),
                Arguments.of(kind, "UPDATE draft SET status = 'AGREED' WHERE id = 'draft-1'", "draft draft-1"),
                Arguments.of(kind, "UPDATE party SET name = 'Someone else' WHERE id = 'lowmark'", "party lowmark"),
                Arguments.of(kind, "UPDATE confirmed_link SET to_points = '[\"5\"]' WHERE id = 'fallback-floor'", "confirmed link fallback-floor"),
                Arguments.of(kind, "DELETE FROM confirmed_link WHERE id = 'fallback-floor'", "confirmed link fallback-floor")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("tampering")
    void checkAgainstLedger_findsARowChangedBehindParleysBack(TestDatabases.Kind kind, String sql, String record) throws Exception {
        try (Workbench w = riverOn(kind)) {
            assertThat(w.bundles().checkAgainst(events(w))).isInstanceOf(LedgerReplay.Finding.Agrees.class);

            w.database().write(() -> w.database().handle().execute(sql));
            LedgerReplay.Finding finding = w.bundles().checkAgainst(events(w));

            assertThat(finding).isInstanceOf(LedgerReplay.Finding.Differs.class);
            LedgerReplay.Finding.Differs differs = (LedgerReplay.Finding.Differs) finding;
            assertThat(differs.what()).startsWith(record);
            assertThat(differs.sequence()).isPositive();
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(TestDatabases.Kind.class)
    void checkAgainstLedger_reportsRowsThatBreakTheRecordsRulesWithoutFailing(TestDatabases.Kind kind) throws Exception {
        try (Workbench w = riverOn(kind)) {
            w.database().write(() -> w.database().handle().execute("INSERT INTO audience (negotiation_id, record_kind, record_id, party_id)"
                    + " VALUES ('river-treaty', 'draft', 'draft-2-fallback', 'lowmark')"));

            LedgerReplay.Finding finding = w.bundles().checkAgainst(events(w));

            assertThat(finding).isInstanceOf(LedgerReplay.Finding.Differs.class);
            assertThat(((LedgerReplay.Finding.Differs) finding).what())
                    .contains("river-treaty", "everyone who may read a draft must also know it exists");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(TestDatabases.Kind.class)
    void checkAgainstLedger_agreesWithALinkWithdrawnThroughParley(TestDatabases.Kind kind) throws Exception {
        try (Workbench w = riverOn(kind)) {
            Viewer kestria = Viewer.actingFor("kestria delegate", NegotiationId.of("river-treaty"), PartyId.of("kestria"));

            assertThat(w.lineage().withdraw(NegotiationId.of("river-treaty"), "fallback-floor", kestria))
                    .isInstanceOf(Outcome.Done.class);

            assertThat(w.bundles().checkAgainst(events(w))).isInstanceOf(LedgerReplay.Finding.Agrees.class);
            assertThat(w.lineage().allConfirmed(NegotiationId.of("river-treaty"), kestria)).extracting(LinkConfirmation::id)
                    .doesNotContain("fallback-floor");
        }
    }

    /** A workbench on a fresh database of {@code kind} holding the river treaty demo. */
    private static Workbench riverOn(TestDatabases.Kind kind) throws Exception {
        Workbench w = new Workbench(kind.open());
        w.bundles().importBundle(DemoCommand.load("/demo/river-treaty.json"), new Viewer("loader", java.util.Map.of(), false)).orElseThrow();
        return w;
    }

    private static List<LedgerEvent> events(Workbench w) {
        return w.database().read(() -> {
            LedgerStore ledger = w.ledgerStore();
            return ledger.entries(1, ledger.size()).stream().map(LedgerEntry::event).toList();
        });
    }
}
