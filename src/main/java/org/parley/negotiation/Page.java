package org.parley.negotiation;

import java.util.List;

/** A window on a list: where it starts and how many items it holds at most. */
public record Page(int offset, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final Page FIRST = new Page(0, DEFAULT_LIMIT);
    public static final Page ALL = new Page(0, Integer.MAX_VALUE);

    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** A page as a client asked for it, with the limit capped at {@link #MAX_LIMIT}. */
    public static Page of(Integer offset, Integer limit) {
        return new Page(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT));
    }

    /** The items of this page, cut from a whole list. */
    public <T> Paged<T> cut(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Paged<>(all.subList(from, to), this, all.size());
    }

    /** One page of items and the total count of the list it came from. */
    public record Paged<T>(List<T> items, Page page, int total) {
        public Paged {
            items = List.copyOf(items);
        }
    }
}
