package org.parley.compare;

import java.util.List;

/**
 * Which points of an old draft became which points of a new one. Every old point is in exactly
 * one link or in {@code dropped}; every new point in exactly one link or in {@code added}.
 */
public record Alignment(List<Link> links, List<String> dropped, List<String> added) {

    public Alignment {
        links = List.copyOf(links);
        dropped = List.copyOf(dropped);
        added = List.copyOf(added);
    }
}
