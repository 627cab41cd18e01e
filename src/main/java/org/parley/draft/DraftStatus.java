package org.parley.draft;

/** Where a draft stands in the process. */
public enum DraftStatus {
    PROPOSED, TABLED, SUPERSEDED, AGREED
}
