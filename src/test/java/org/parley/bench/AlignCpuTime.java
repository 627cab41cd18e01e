package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Thread CPU time of one align + redline on the {@link AlignBenchmark} drafts: a measure that
 * other processes on a shared machine do not inflate, unlike JMH's wall time. Arguments: points,
 * warm-up runs, measured runs, and optionally the language (english, the default, or german).
 * See docs/BENCHMARKS.md.
 */
public final class AlignCpuTime {

    private AlignCpuTime() {
    }

    public static void main(String[] args) {
        var benchmark = new AlignBenchmark();
        benchmark.points = Integer.parseInt(args[0]);
        benchmark.language = args.length > 3 ? args[3] : "english";
        benchmark.makeDrafts();
        int warmUps = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        for (int run = 0; run < warmUps; run++) {
            benchmark.aligner();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = threads.getCurrentThreadCpuTime();
            benchmark.aligner();
            cpu[run] = threads.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%d points (%s): CPU time per align + redline, median %.1f ms, fastest %.1f ms (%d runs)%n",
                benchmark.points, benchmark.language, cpu[runs / 2] / 1e6, cpu[0] / 1e6, runs);
    }
}
