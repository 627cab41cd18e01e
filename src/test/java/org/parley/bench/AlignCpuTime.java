package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Thread CPU time of one align + redline on the {@link AlignBenchmark} drafts, and of finding the
 * text moved between the aligned rows, run by turns: a measure that other processes on a shared
 * machine do not inflate, unlike JMH's wall time. Arguments: points, warm-up runs, measured runs,
 * and optionally the language (english, the default, or german) and the numbering (flat, the
 * default, or nested). See docs/BENCHMARKS.md.
 */
public final class AlignCpuTime {

    private AlignCpuTime() {
    }

    public static void main(String[] args) {
        var benchmark = new AlignBenchmark();
        benchmark.points = Integer.parseInt(args[0]);
        benchmark.language = args.length > 3 ? args[3] : "english";
        benchmark.numbering = args.length > 4 ? args[4] : "flat";
        if (!List.of("english", "german").contains(benchmark.language) || !List.of("flat", "nested").contains(benchmark.numbering)) {
            throw new IllegalArgumentException("expected the language english or german and the numbering flat or nested, not "
                    + benchmark.language + " and " + benchmark.numbering);
        }
        benchmark.makeDrafts();
        int warmUps = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        for (int run = 0; run < warmUps; run++) {
            benchmark.aligner();
            benchmark.textMoves();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] align = new long[runs];
        long[] moves = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = threads.getCurrentThreadCpuTime();
            benchmark.aligner();
            long aligned = threads.getCurrentThreadCpuTime();
            benchmark.textMoves();
            align[run] = aligned - start;
            moves[run] = threads.getCurrentThreadCpuTime() - aligned;
        }
        Arrays.sort(align);
        Arrays.sort(moves);
        System.out.printf(Locale.ROOT, "%d points (%s, %s): CPU time per align + redline, median %.1f ms, fastest %.1f ms (%d runs)%n",
                benchmark.points, benchmark.language, benchmark.numbering, align[runs / 2] / 1e6, align[0] / 1e6, runs);
        System.out.printf(Locale.ROOT, "%d points (%s): CPU time per search for moved text, median %.1f ms, fastest %.1f ms"
                        + " (%.2f of align + redline)%n",
                benchmark.points, benchmark.language, moves[runs / 2] / 1e6, moves[0] / 1e6, (double) moves[runs / 2] / align[runs / 2]);
    }
}
