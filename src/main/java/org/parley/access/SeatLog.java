package org.parley.access;

import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;

/**
 * Where seating an account is recorded, inside the transaction that seats it: a seat decides who
 * reads which confidential texts, so it belongs in the tamper-evident log with the records it
 * opens. The running workbench writes to the ledger.
 */
public interface SeatLog {

    /** {@code account} now acts for {@code party} in {@code negotiation}, seated by {@code actor}. */
    void seated(NegotiationId negotiation, PartyId party, String account, String actor);
}
