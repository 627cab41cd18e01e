package org.parley.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;

class AccessPolicyTest {
    private static final NegotiationId RIVER = NegotiationId.of("river");
    private static final NegotiationId OTHER = NegotiationId.of("other");
    private static final PartyId NORTH = PartyId.of("north");
    private static final PartyId SOUTH = PartyId.of("south");
    private static final Viewer NORTH_DELEGATE = Viewer.actingFor("north-delegate", RIVER, NORTH);
    private static final Viewer ADMINISTRATOR = new Viewer("admin", Map.of(), true);

    @Test
    void canSee_aConfidentialRecordOnlyThroughAPartyInItsAudienceInThatNegotiation() {
        assertThat(AccessPolicy.canSee(NORTH_DELEGATE, RIVER, Audience.of(NORTH, SOUTH))).isTrue();
        assertThat(AccessPolicy.canSee(NORTH_DELEGATE, RIVER, Audience.of(SOUTH))).isFalse();
        assertThat(AccessPolicy.canSee(NORTH_DELEGATE, OTHER, Audience.of(NORTH))).isFalse();
    }

    @Test
    void canSee_administratorWithoutPartySeesOnlyPublicRecords() {
        assertThat(AccessPolicy.canSee(ADMINISTRATOR, RIVER, Audience.of(NORTH))).isFalse();
        assertThat(AccessPolicy.canSee(ADMINISTRATOR, RIVER, Audience.PUBLIC)).isTrue();
    }

    @Test
    void maySignedInChange_refusesThePublicOnly() {
        assertThat(AccessPolicy.maySignedInChange(Viewer.PUBLIC)).isFalse();
        assertThat(AccessPolicy.maySignedInChange(new Viewer("observer", Map.of(), false))).isTrue();
    }

    @Test
    void mayWriteIn_needsASeatThereOrToBeTheCreator() {
        Viewer creator = new Viewer("founder", Map.of(), false);

        assertThat(AccessPolicy.mayWriteIn(NORTH_DELEGATE, RIVER, Optional.empty())).isTrue();
        assertThat(AccessPolicy.mayWriteIn(NORTH_DELEGATE, OTHER, Optional.of("founder"))).isFalse();
        assertThat(AccessPolicy.mayWriteIn(creator, OTHER, Optional.of("founder"))).isTrue();
        assertThat(AccessPolicy.mayWriteIn(ADMINISTRATOR, RIVER, Optional.of("founder"))).isFalse();
    }

    @Test
    void mayWriteIn_neverLetsThePublicWriteEvenUnderItsName() {
        assertThat(AccessPolicy.mayWriteIn(Viewer.PUBLIC, RIVER, Optional.of(Viewer.PUBLIC.name()))).isFalse();
    }

    @Test
    void mayRecordFor_onlyThePartyTheViewerActsFor() {
        assertThat(AccessPolicy.mayRecordFor(NORTH_DELEGATE, RIVER, NORTH)).isTrue();
        assertThat(AccessPolicy.mayRecordFor(NORTH_DELEGATE, RIVER, SOUTH)).isFalse();
        assertThat(AccessPolicy.mayRecordFor(NORTH_DELEGATE, OTHER, NORTH)).isFalse();
    }

    @Test
    void mayAudit_needsASeatInTheNegotiation() {
        assertThat(AccessPolicy.mayAudit(NORTH_DELEGATE, RIVER)).isTrue();
        assertThat(AccessPolicy.mayAudit(NORTH_DELEGATE, OTHER)).isFalse();
        assertThat(AccessPolicy.mayAudit(ADMINISTRATOR, RIVER)).isFalse();
    }
}
