package org.parley.ledger;

/** The append-only log every change writes to, in the same transaction as the change. */
public interface EventLog {
    /** Appends the event and returns its sequence number (1 for the first event of the log). */
    long append(Change change);

    /** Where appended changes are announced once their transaction commits. */
    ChangeFeed feed();
}
