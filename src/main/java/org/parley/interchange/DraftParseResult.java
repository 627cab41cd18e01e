package org.parley.interchange;

/** What reading a draft file gives: the draft, or the reason it was refused. */
public sealed interface DraftParseResult permits ParsedDraft, Malformed {
}
