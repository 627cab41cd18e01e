package org.parley.negotiation;

/** How a negotiation is kept: by its parties working inside Parley, or rebuilt from public reporting. */
public enum Mode {
    /** The parties work in Parley, each behind its own confidentiality walls. */
    INSIDE,
    /** Analysts rebuild the process from public reporting; records carry their sources. */
    TRACKER
}
