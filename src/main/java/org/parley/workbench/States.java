package org.parley.workbench;

import java.util.Map;

/** The words pages use for the states of agreement on a point, by their codes ({@code agreed}, {@code unknown}...). */
public final class States {
    private static final Map<String, String> LABELS = Map.of("agreed", "agreed by all", "open", "open", "contested", "contested",
            "blocked", "blocked", "unknown", "no positions");

    private States() {}

    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
