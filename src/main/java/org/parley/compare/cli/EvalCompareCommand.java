package org.parley.compare.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where Debian keeps the common free licences' texts (Debian Policy 12.5). */
    private static final String DEBIAN_LICENCES = "/usr/share/common-licenses";

    @Parameters(arity = "1..*", paramLabel = "GOLD_FILE", description = "gold alignment files (JSON)")
    private List<Path> goldFiles;

    @Option(names = "--corpora", paramLabel = "DIR",
            description = "the corpora folder; default $PARLEY_CORPORA, else ../shared/corpora")
    private Path corpora;

    @Option(names = "--licence-texts", paramLabel = "DIR",
            description = "the folder of plain licence texts (GPL-2, GFDL-1.3...); default $PARLEY_LICENCE_TEXTS, else "
                    + DEBIAN_LICENCES)
    private Path licenceTexts;

    @Option(names = "--licence-list", paramLabel = "JAR_OR_DIR",
            description = "the SPDX License List (SPDX's Java library jar, or a folder of ID.json files); "
                    + "default $PARLEY_LICENCE_LIST, else the jar in the local Maven repository")
    private Path licenceList;

    @Option(names = "--split", defaultValue = "all", paramLabel = "SPLIT",
            description = "score only cases of this split (dev, test) or all; default ${DEFAULT-VALUE}")
    private String split;

    @Option(names = "--errors", description = "also list, per case, the aligner's wrong and missed pairs")
    private boolean errors;

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (tables for a reader) or json (every figure, for a tool keeping track of them); default ${DEFAULT-VALUE}")
    private Format format;

    @Spec
    private CommandSpec spec;

    /** Where the corpora are when no option names them. */
    static Path defaultCorpora() {
        return folderFromEnvironment("PARLEY_CORPORA", "../shared/corpora");
    }

    /** Where the plain licence texts are when no option names them. */
    static Path defaultLicenceTexts() {
        return folderFromEnvironment("PARLEY_LICENCE_TEXTS", DEBIAN_LICENCES);
    }

    /** Where the SPDX License List is when no option names it. */
    static Path defaultLicenceList() {
        return folderFromEnvironment("PARLEY_LICENCE_LIST", LicenceList.inMavenRepository().toString());
    }

    private static Path folderFromEnvironment(String variable, String otherwise) {
        String fromEnvironment = System.getenv(variable);
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? otherwise : fromEnvironment);
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
        var evaluation = new Evaluation(new Evaluation.Sources(folder, licenceTexts == null ? defaultLicenceTexts() : licenceTexts,
                licenceList == null ? defaultLicenceList() : licenceList));
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
        if (format == Format.json) {
            out.println(json(results, errors).toPrettyString());
        } else {
            out.print(report(results));
            if (errors) {
                out.print(errorReport(results));
            }
        }
        out.flush();
        return 0;
    }

    /** The aligner's and the baseline's pooled scores over some pairs, and the difference in F1 with its interval. */
    record Compared(Evaluation.Score engine, Evaluation.Score baseline, Bootstrap.Interval difference) {

        static Compared of(List<Evaluation.View> views) {
            var engine = new Evaluation.Score(0, 0, 0);
            var baseline = new Evaluation.Score(0, 0, 0);
            var units = new ArrayList<Bootstrap.Unit>();
            for (Evaluation.View view : views) {
                engine = engine.plus(view.engine());
                baseline = baseline.plus(view.baseline());
                units.addAll(view.units());
            }
            return new Compared(engine, baseline, Bootstrap.f1Difference(units, RESAMPLES, SEED));
        }
    }

    /** One corpus and split, its cases' pairs pooled: all of them, and the rewritten ones alone. */
    record Pooled(String corpus, String split, Compared all, Compared rewritten, Optional<Evaluation.Lineage> lineage,
            Evaluation.Hints hints, Evaluation.Kinds kinds) {

        Evaluation.Score engine() {
            return all.engine();
        }

        Evaluation.Score assisted() {
            return EvalCompareCommand.assisted(engine(), hints);
        }
    }

    /** The engine's score once a person confirms the right suggestions (and only those). */
    static Evaluation.Score assisted(Evaluation.Score engine, Evaluation.Hints hints) {
        return new Evaluation.Score(engine.correct() + hints.suggested(), engine.predicted() + hints.suggested(), engine.gold());
    }

    /** The results pooled per corpus and split, in the order of their names. */
    static List<Pooled> pooled(List<Evaluation.CaseResult> results) {
        Map<String, List<Evaluation.CaseResult>> byCorpus = new TreeMap<>();
        results.forEach(result -> byCorpus.computeIfAbsent(result.corpus() + " " + result.split(), key -> new ArrayList<>()).add(result));
        var pooled = new ArrayList<Pooled>();
        byCorpus.forEach((key, cases) -> {
            var hints = new Evaluation.Hints(0, 0, 0);
            var kinds = new Evaluation.Kinds(0, 0);
            for (Evaluation.CaseResult result : cases) {
                hints = hints.plus(result.hints());
                kinds = kinds.plus(result.kinds());
            }
            Optional<Evaluation.Lineage> lineage = cases.stream().flatMap(result -> result.lineage().stream())
                    .reduce(Evaluation.Lineage::plus);
            pooled.add(new Pooled(cases.get(0).corpus(), cases.get(0).split(),
                    Compared.of(cases.stream().map(Evaluation.CaseResult::all).toList()),
                    Compared.of(cases.stream().map(Evaluation.CaseResult::rewritten).toList()), lineage, hints, kinds));
        });
        return pooled;
    }

    /**
     * Corpora left out of the bands: texts written for the tests (synthetic, and the seed's drafts
     * retold from the reports), and the Basic Law gold made by rule, which records a rewritten
     * paragraph as dropped and added (its rewritten revisions are read by hand in their own corpus).
     */
    private static final Set<String> NOT_BANDED = Set.of("synthetic", "seed", "grundgesetz");

    /** Lower bounds of the bands of rewriting; the last, more than half of the words, is what the brief calls heavy. */
    private static final double[] BAND_FLOORS = {0, 0.1, 0.3, 0.5};

    /** The real cases of one split whose rewriting share lies in one band, pooled. */
    record Band(String label, String split, int cases, Compared scores, Evaluation.Hints hints) {

        Evaluation.Score assisted() {
            return EvalCompareCommand.assisted(scores.engine(), hints);
        }
    }

    /** The cases of real texts pooled by how much of their text was rewritten, per split, bands without cases left out. */
    static List<Band> bands(List<Evaluation.CaseResult> results) {
        var bands = new ArrayList<Band>();
        for (String split : List.of("dev", "test")) {
            for (int b = 0; b < BAND_FLOORS.length; b++) {
                double floor = BAND_FLOORS[b];
                boolean last = b + 1 == BAND_FLOORS.length;
                double ceiling = last ? 1 : BAND_FLOORS[b + 1];
                List<Evaluation.CaseResult> cases = results.stream().filter(r -> r.split().equals(split) && !NOT_BANDED.contains(r.corpus())
                        && r.rewriting() >= floor && (last || r.rewriting() < ceiling)).toList();
                if (!cases.isEmpty()) {
                    String label = String.format(Locale.ROOT, "%.2f–%.2f", floor, ceiling);
                    bands.add(new Band(label, split, cases.size(), Compared.of(cases.stream().map(Evaluation.CaseResult::all).toList()),
                            cases.stream().map(Evaluation.CaseResult::hints).reduce(new Evaluation.Hints(0, 0, 0), Evaluation.Hints::plus)));
                }
            }
        }
        return bands;
    }

    static String report(List<Evaluation.CaseResult> results) {
        var out = new StringBuilder();
        String row = "%-24s %-5s %6s %6s %6s   %6s %6s %6s%n";
        String caseRow = "%-24s %-5s %6s %6s %6s   %6s %6s %6s   %9s%n";
        out.append(String.format(Locale.ROOT, caseRow, "case", "split", "P", "R", "F1", "base P", "base R", "base F1", "rewritten"));
        for (Evaluation.CaseResult result : results) {
            out.append(String.format(Locale.ROOT, caseRow, result.name(), result.split(), f(result.engine().precision()),
                    f(result.engine().recall()), f(result.engine().f1()), f(result.baseline().precision()), f(result.baseline().recall()),
                    f(result.baseline().f1()), f(result.rewriting())));
        }
        List<Pooled> pooled = pooled(results);
        out.append(System.lineSeparator()).append("per corpus (pairs pooled):").append(System.lineSeparator());
        pooled.forEach(p -> out.append(line(row, p.corpus(), p.split(), p.all().engine(), p.all().baseline())));
        String intervalRow = "%-24s %-5s %8s   %s%n";
        out.append(System.lineSeparator()).append("engine F1 minus baseline F1, with a 95% interval (paired bootstrap, ")
                .append(RESAMPLES).append(" resamples of old points):").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, intervalRow, "corpus", "split", "diff", "interval"));
        pooled.forEach(p -> out.append(String.format(Locale.ROOT, intervalRow, p.corpus(), p.split(), signed(p.all().difference().observed()),
                interval(p.all().difference()))));
        String rewrittenRow = "%-24s %-5s %6s %6s %6s   %6s %6s %6s   %8s   %s%n";
        out.append(System.lineSeparator()).append("rewritten points only (pairs that join a point whose text the other draft")
                .append(" does not hold word for word):").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, rewrittenRow, "corpus", "split", "P", "R", "F1", "base P", "base R", "base F1", "diff",
                "interval"));
        for (Pooled p : pooled) {
            Compared r = p.rewritten();
            out.append(String.format(Locale.ROOT, rewrittenRow, p.corpus(), p.split(), f(r.engine().precision()), f(r.engine().recall()),
                    f(r.engine().f1()), f(r.baseline().precision()), f(r.baseline().recall()), f(r.baseline().f1()),
                    signed(r.difference().observed()), interval(r.difference())));
        }
        List<Band> bands = bands(results);
        if (!bands.isEmpty()) {
            String bandRow = "%-24s %-5s %5s %6s %6s   %8s   %-18s %9s%n";
            out.append(System.lineSeparator()).append("by how much of the text was rewritten (real texts whose gold a person read, cases")
                    .append(" pooled by the share of words the gold's links do not keep; F1 also once a person confirms the right")
                    .append(" suggestions):").append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, bandRow, "rewritten", "split", "cases", "F1", "base F1", "diff", "interval",
                    "confirmed"));
            bands.forEach(b -> out.append(String.format(Locale.ROOT, bandRow, b.label(), b.split(), b.cases(), f(b.scores().engine().f1()),
                    f(b.scores().baseline().f1()), signed(b.scores().difference().observed()), interval(b.scores().difference()),
                    f(b.assisted().f1()))));
        }
        List<Pooled> traced = pooled.stream().filter(p -> p.lineage().isPresent()).toList();
        if (!traced.isEmpty()) {
            String lineageRow = "%-24s %-5s %6s %6s %6s   %6s %6s %6s   %9s%n";
            out.append(System.lineSeparator()).append("through every revision between (each step aligned, each old point followed")
                    .append(" to the last; Basic Law spans only):").append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, lineageRow, "corpus", "split", "P", "R", "F1", "base P", "base R", "base F1",
                    "direct F1"));
            for (Pooled p : traced) {
                Evaluation.Lineage l = p.lineage().orElseThrow();
                out.append(String.format(Locale.ROOT, lineageRow, p.corpus(), p.split(), f(l.engine().precision()),
                        f(l.engine().recall()), f(l.engine().f1()), f(l.baseline().precision()), f(l.baseline().recall()),
                        f(l.baseline().f1()), f(l.direct().f1())));
            }
        }
        String hintRow = "%-24s %-5s %7s %9s %7s   %s%n";
        out.append(System.lineSeparator()).append("suggestions (dropped and added points a person may link; F1 once a person")
                .append(" confirms the right ones):").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, hintRow, "corpus", "split", "missed", "suggested", "shown", "F1"));
        pooled.forEach(p -> out.append(String.format(Locale.ROOT, hintRow, p.corpus(), p.split(), p.hints().missed(),
                p.hints().suggested(), p.hints().shown(), f(p.assisted().f1()))));
        String kindRow = "%-24s %-5s %8s %6s %6s%n";
        out.append(System.lineSeparator()).append("kinds (links found with the gold's points, and how many the engine names as the")
                .append(" gold does):").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, kindRow, "corpus", "split", "compared", "same", "share"));
        pooled.forEach(p -> out.append(String.format(Locale.ROOT, kindRow, p.corpus(), p.split(), p.kinds().compared(),
                p.kinds().agree(), f(p.kinds().share()))));
        return out.toString();
    }

    /** Every case and every pooled corpus with all their figures; with {@code errors}, each case's pairs too. */
    static ObjectNode json(List<Evaluation.CaseResult> results, boolean errors) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode cases = root.putArray("cases");
        for (Evaluation.CaseResult result : results) {
            ObjectNode c = cases.addObject().put("name", result.name()).put("corpus", result.corpus()).put("split", result.split())
                    .put("rewriting", result.rewriting());
            c.set("engine", score(result.engine()));
            c.set("baseline", score(result.baseline()));
            ObjectNode rewritten = c.putObject("rewritten");
            rewritten.set("engine", score(result.rewritten().engine()));
            rewritten.set("baseline", score(result.rewritten().baseline()));
            result.lineage().ifPresent(lineage -> lineage(c, lineage));
            c.set("suggestions", hints(result.hints()));
            c.set("kinds", kinds(result.kinds()));
            if (errors) {
                c.set("wrong", JSON.valueToTree(result.wrong()));
                c.set("missed", JSON.valueToTree(result.missed()));
                c.set("suggested", JSON.valueToTree(result.suggested()));
                c.set("misnamed", JSON.valueToTree(result.misnamed()));
            }
        }
        ArrayNode corpora = root.putArray("corpora");
        for (Pooled p : pooled(results)) {
            ObjectNode c = corpora.addObject().put("corpus", p.corpus()).put("split", p.split());
            compared(c, p.all());
            compared(c.putObject("rewritten"), p.rewritten());
            p.lineage().ifPresent(lineage -> lineage(c, lineage));
            c.set("suggestions", hints(p.hints()).put("f1Confirmed", p.assisted().f1()));
            c.set("kinds", kinds(p.kinds()));
        }
        ArrayNode bands = root.putArray("bands");
        for (Band band : bands(results)) {
            ObjectNode node = bands.addObject().put("rewriting", band.label()).put("split", band.split()).put("cases", band.cases());
            compared(node, band.scores());
            node.set("suggestions", hints(band.hints()).put("f1Confirmed", band.assisted().f1()));
        }
        return root;
    }

    /** Both scores and their difference, into {@code node}. */
    private static void compared(ObjectNode node, Compared compared) {
        node.set("engine", score(compared.engine()));
        node.set("baseline", score(compared.baseline()));
        node.putObject("difference").put("f1", compared.difference().observed()).put("low", compared.difference().low())
                .put("high", compared.difference().high()).put("resamples", RESAMPLES);
    }

    private static void lineage(ObjectNode node, Evaluation.Lineage lineage) {
        ObjectNode traced = node.putObject("lineage");
        traced.set("engine", score(lineage.engine()));
        traced.set("baseline", score(lineage.baseline()));
        traced.set("direct", score(lineage.direct()));
    }

    private static String interval(Bootstrap.Interval interval) {
        return "[" + signed(interval.low()) + ", " + signed(interval.high()) + "]";
    }

    private static ObjectNode score(Evaluation.Score score) {
        return JSON.createObjectNode().put("precision", score.precision()).put("recall", score.recall()).put("f1", score.f1())
                .put("correct", score.correct()).put("predicted", score.predicted()).put("gold", score.gold());
    }

    private static ObjectNode hints(Evaluation.Hints hints) {
        return JSON.createObjectNode().put("missed", hints.missed()).put("suggested", hints.suggested()).put("shown", hints.shown());
    }

    private static ObjectNode kinds(Evaluation.Kinds kinds) {
        return JSON.createObjectNode().put("compared", kinds.compared()).put("same", kinds.agree());
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
