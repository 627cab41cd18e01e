package org.parley.compare;

/**
 * A point's text as weighted features: ids ascending, the raw count of each and its TF-IDF
 * weight, normalised to unit length.
 */
record SparseVector(int[] ids, int[] counts, float[] weights) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new int[0], new float[0]);

    /** Cosine similarity: both vectors have unit length. */
    double cosine(SparseVector other) {
        int[] a = ids;
        int[] b = other.ids;
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                dot += (double) weights[i++] * other.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot);
    }

    /** The share of this vector's weight that lies on features {@code whole} also has. */
    double containedIn(SparseVector whole) {
        double shared = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < whole.ids.length) {
            if (ids[i] == whole.ids[j]) {
                shared += (double) weights[i] * weights[i];
                i++;
                j++;
            } else if (ids[i] < whole.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
