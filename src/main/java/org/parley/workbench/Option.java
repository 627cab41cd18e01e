package org.parley.workbench;

/** One choice of a select, filter or switch. */
public record Option(String value, String label, boolean selected) {}
