package org.parley.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number of a point as written in its draft ({@code 10}, {@code 10a}, {@code 2.1.3}), without
 * its decoration. Numbers name points only within one draft: the same number in two drafts says
 * nothing about whether the points correspond.
 */
public record PointNumber(String value) implements Comparable<PointNumber> {
    private static final Pattern VALID = Pattern.compile("[0-9A-Za-z]{1,12}(\\.[0-9A-Za-z]{1,12}){0,7}");
    private static final Pattern SEGMENT = Pattern.compile("(\\d*)(.*)");

    public PointNumber {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a point number is letters and digits joined by dots, like 10, 10a or 2.1.3: " + value);
        }
    }

    public static PointNumber of(String value) {
        return new PointNumber(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** How deep the point is nested: 1 for {@code 7}, 3 for {@code 2.1.3}. */
    public int depth() {
        return segments().size();
    }

    /** The number of the enclosing point, if this one is nested. */
    public Optional<PointNumber> parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new PointNumber(value.substring(0, dot)));
    }

    private List<String> segments() {
        return new ArrayList<>(Arrays.asList(value.split("\\.")));
    }

    /** Natural order: {@code 2 < 10 < 10a < 10b < 11}, segment by segment. */
    @Override
    public int compareTo(PointNumber other) {
        List<String> mine = segments();
        List<String> theirs = other.segments();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            int c = compareSegment(mine.get(i), theirs.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(mine.size(), theirs.size());
    }

    private static int compareSegment(String a, String b) {
        var ma = SEGMENT.matcher(a);
        var mb = SEGMENT.matcher(b);
        ma.matches();
        mb.matches();
        String da = ma.group(1);
        String db = mb.group(1);
        if (!da.isEmpty() && !db.isEmpty()) {
            int c = Long.compare(Long.parseLong(da), Long.parseLong(db));
            if (c != 0) {
                return c;
            }
        } else if (da.isEmpty() != db.isEmpty()) {
            return da.isEmpty() ? 1 : -1;
        }
        return ma.group(2).compareToIgnoreCase(mb.group(2));
    }

    @Override
    public String toString() {
        return value;
    }
}
