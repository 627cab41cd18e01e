package org.parley.compare.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval-compare GOLD_FILE...}: link precision, recall and F1 of the aligner and the baseline. */
@Command(name = "eval-compare", mixinStandardHelpOptions = true,
        description = {"Scores the aligner against gold alignments, beside a naive TF-IDF greedy matcher.",
                "Link precision, recall and F1 per case and per corpus (n:m links count as all their pairs)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored", "1:a gold file or corpus text is missing or bad", "2:usage error"})
public final class EvalCompareCommand implements Callable<Integer> {
    /** Bootstrap resamples per corpus, and the fixed seed that makes the report repeatable. */
    private static final int RESAMPLES = 2000;
    private static final long SEED = 1;

    @Parameters(arity = "1..*", paramLabel = "GOLD_FILE", description = "gold alignment files (JSON)")
    private List<Path> goldFiles;

    @Option(names = "--corpora", paramLabel = "DIR",
            description = "the corpora folder; default $PARLEY_CORPORA, else ../shared/corpora")
    private Path corpora;

    @Option(names = "--split", defaultValue = "all", paramLabel = "SPLIT",
            description = "score only cases of this split (dev, test) or all; default ${DEFAULT-VALUE}")
    private String split;

    @Option(names = "--errors", description = "also list, per case, the aligner's wrong and missed pairs")
    private boolean errors;

    @Spec
    private CommandSpec spec;

    /** Where the corpora are when no option names them. */
    static Path defaultCorpora() {
        String fromEnvironment = System.getenv("PARLEY_CORPORA");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "../shared/corpora" : fromEnvironment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = corpora == null ? defaultCorpora() : corpora;
        if (!Files.isDirectory(folder)) {
            err.println(folder + ": expected the corpora folder (set --corpora DIR or PARLEY_CORPORA)");
            return 1;
        }
        var evaluation = new Evaluation(folder);
        var results = new ArrayList<Evaluation.CaseResult>();
        try {
            for (Path gold : goldFiles) {
                Evaluation.CaseResult result = evaluation.run(gold);
                if (split.equals("all") || split.equals(result.split())) {
                    results.add(result);
                }
            }
        } catch (Evaluation.EvaluationException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.print(report(results));
        if (errors) {
            out.print(errorReport(results));
        }
        out.flush();
        return 0;
    }

    static String report(List<Evaluation.CaseResult> results) {
        var out = new StringBuilder();
        String row = "%-24s %-5s %6s %6s %6s   %6s %6s %6s%n";
        out.append(String.format(Locale.ROOT, row, "case", "split", "P", "R", "F1", "base P", "base R", "base F1"));
        Map<String, Evaluation.Score[]> byCorpus = new TreeMap<>();
        for (Evaluation.CaseResult result : results) {
            out.append(line(row, result.name(), result.split(), result.engine(), result.baseline()));
            byCorpus.merge(result.corpus() + " " + result.split(), new Evaluation.Score[] {result.engine(), result.baseline()},
                    (a, b) -> new Evaluation.Score[] {a[0].plus(b[0]), a[1].plus(b[1])});
        }
        out.append(System.lineSeparator()).append("per corpus (pairs pooled):").append(System.lineSeparator());
        byCorpus.forEach((key, scores) -> {
            String[] parts = key.split(" ");
            out.append(line(row, parts[0], parts[1], scores[0], scores[1]));
        });
        Map<String, List<Bootstrap.Unit>> units = new TreeMap<>();
        results.forEach(result -> units.computeIfAbsent(result.corpus() + " " + result.split(), key -> new ArrayList<>())
                .addAll(result.units()));
        String intervalRow = "%-24s %-5s %8s   %s%n";
        out.append(System.lineSeparator()).append("engine F1 minus baseline F1, with a 95% interval (paired bootstrap, ")
                .append(RESAMPLES).append(" resamples of old points):").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, intervalRow, "corpus", "split", "diff", "interval"));
        units.forEach((key, pooled) -> {
            String[] parts = key.split(" ");
            Bootstrap.Interval interval = Bootstrap.f1Difference(pooled, RESAMPLES, SEED);
            out.append(String.format(Locale.ROOT, intervalRow, parts[0], parts[1], signed(interval.observed()),
                    "[" + signed(interval.low()) + ", " + signed(interval.high()) + "]"));
        });
        Map<String, Evaluation.Hints> hints = new TreeMap<>();
        results.forEach(result -> hints.merge(result.corpus() + " " + result.split(), result.hints(), Evaluation.Hints::plus));
        String hintRow = "%-24s %-5s %7s %9s %7s   %s%n";
        out.append(System.lineSeparator()).append("suggestions (dropped and added points a person may link; F1 once a person")
                .append(" confirms the right ones):").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, hintRow, "corpus", "split", "missed", "suggested", "shown", "F1"));
        hints.forEach((key, h) -> {
            String[] parts = key.split(" ");
            Evaluation.Score engine = byCorpus.get(key)[0];
            Evaluation.Score assisted = new Evaluation.Score(engine.correct() + h.suggested(), engine.predicted() + h.suggested(), engine.gold());
            out.append(String.format(Locale.ROOT, hintRow, parts[0], parts[1], h.missed(), h.suggested(), h.shown(), f(assisted.f1())));
        });
        Map<String, Evaluation.Kinds> kinds = new TreeMap<>();
        results.forEach(result -> kinds.merge(result.corpus() + " " + result.split(), result.kinds(), Evaluation.Kinds::plus));
        String kindRow = "%-24s %-5s %8s %6s %6s%n";
        out.append(System.lineSeparator()).append("kinds (links found with the gold's points, and how many the engine names as the")
                .append(" gold does):").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, kindRow, "corpus", "split", "compared", "same", "share"));
        kinds.forEach((key, k) -> {
            String[] parts = key.split(" ");
            out.append(String.format(Locale.ROOT, kindRow, parts[0], parts[1], k.compared(), k.agree(), f(k.share())));
        });
        return out.toString();
    }

    static String errorReport(List<Evaluation.CaseResult> results) {
        var out = new StringBuilder();
        for (Evaluation.CaseResult result : results) {
            if (result.wrong().isEmpty() && result.missed().isEmpty() && result.suggested().isEmpty() && result.misnamed().isEmpty()) {
                continue;
            }
            out.append(System.lineSeparator()).append(result.name()).append(':').append(System.lineSeparator());
            result.wrong().forEach(pair -> out.append("  wrong     ").append(pair).append(System.lineSeparator()));
            result.missed().forEach(pair -> out.append("  missed    ").append(pair).append(System.lineSeparator()));
            result.suggested().forEach(pair -> out.append("  suggested ").append(pair).append(System.lineSeparator()));
            result.misnamed().forEach(link -> out.append("  kind      ").append(link).append(System.lineSeparator()));
        }
        return out.toString();
    }

    private static String line(String row, String name, String split, Evaluation.Score engine, Evaluation.Score baseline) {
        return String.format(Locale.ROOT, row, name, split,
                f(engine.precision()), f(engine.recall()), f(engine.f1()),
                f(baseline.precision()), f(baseline.recall()), f(baseline.f1()));
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
