package org.parley.compare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.compare.Aligner;
import org.parley.compare.Alignment;
import org.parley.compare.GreedyTfIdfMatcher;
import org.parley.compare.PointText;

/** Runs the gold sets against the corpora; see docs/EVALUATION.md. */
class EvaluationTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final List<String> REAL_CORPORA = List.of("grundgesetz", "licences", "uslm");
    private static final List<String> REAL_REWRITES = List.of("grundgesetz-rewrites", "seed");

    private static Path corporaOrSkip() {
        Path corpora = EvalCompareCommand.defaultCorpora();
        if (!Files.isDirectory(corpora)) {
            String message = "corpora not found at " + corpora.toAbsolutePath() + " (set PARLEY_CORPORA)";
            if ("1".equals(System.getenv("PARLEY_REQUIRE_CORPORA"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return corpora;
    }

    private static List<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<Evaluation.CaseResult> devResults;

    /** Every dev gold file scored, once for all the tests that read them (the test split is never run here). */
    private static synchronized List<Evaluation.CaseResult> devResults() throws Exception {
        if (devResults == null) {
            var evaluation = new Evaluation(corporaOrSkip());
            var results = new ArrayList<Evaluation.CaseResult>();
            for (Path gold : goldFiles()) {
                if (new ObjectMapper().readTree(gold.toFile()).path("split").asText().equals("dev")) {
                    results.add(evaluation.run(gold));
                }
            }
            devResults = List.copyOf(results);
        }
        return devResults;
    }

    @Test
    void evaluation_reachesF1OfAtLeast095OnEveryDevCorpus() throws Exception {
        Map<String, Evaluation.Score> byCorpus = new java.util.TreeMap<>();
        for (Evaluation.CaseResult result : devResults()) {
            byCorpus.merge(result.corpus(), result.engine(), Evaluation.Score::plus);
        }

        assertThat(byCorpus).containsOnlyKeys(Stream.concat(REAL_CORPORA.stream(), Stream.concat(REAL_REWRITES.stream(),
                Stream.of("synthetic"))).toArray(String[]::new));
        assertThat(byCorpus.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().f1())))
                .allSatisfy((corpus, f1) -> assertThat(f1).as(corpus).isGreaterThanOrEqualTo(0.95));
    }

    @Test
    void evaluation_beatsTheBaselineOnSyntheticChanges() throws Exception {
        Evaluation.CaseResult result = new Evaluation(corporaOrSkip()).run(GOLD.resolve("synthetic-kinds.json"));

        assertThat(result.engine().f1()).isGreaterThan(result.baseline().f1());
        assertThat(result.engine().precision()).isEqualTo(1.0);
    }

    @Test
    void evaluation_beatsTheBaselineOnRealRewritesInTheDevSplit() throws Exception {
        Evaluation.Score[] pooled = pooledDev(result -> REAL_REWRITES.contains(result.corpus()));

        assertThat(pooled[0].gold()).isGreaterThan(150);
        assertThat(pooled[0].f1()).isGreaterThanOrEqualTo(0.94).isGreaterThan(pooled[1].f1());
    }

    @Test
    void evaluation_beatsTheBaselineFarOnHeavilyRewordedDevDrafts() throws Exception {
        Evaluation.Score[] pooled = pooledDev(result -> result.name().startsWith("synthetic-rewrite-"));

        assertThat(pooled[0].gold()).isGreaterThan(40);
        assertThat(pooled[0].f1()).isGreaterThanOrEqualTo(0.9).isGreaterThan(pooled[1].f1() + 0.25);
    }

    @Test
    void rewrittenView_leavesOutOnlyThePairsOfPointsKeptWordForWord(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("old.md"), """
                # Old
                1. Alpha clause stays exactly as it was.
                2. Bravo clause about fishing quotas in the northern waters.
                3. Charlie clause stays too.
                """);
        Files.writeString(folder.resolve("new.md"), """
                # New
                1. Alpha clause stays exactly as it was.
                2. Charlie clause stays too.
                3. Bravo clause on fishing quotas in the northern waters, as revised.
                """);
        Files.writeString(folder.resolve("gold.json"), """
                {"name": "moved", "from": {"format": "text", "path": "old.md"}, "to": {"format": "text", "path": "new.md"},
                 "links": [{"from": ["1"], "to": ["1"], "kind": "kept"}, {"from": ["2"], "to": ["3"], "kind": "moved"},
                           {"from": ["3"], "to": ["2"], "kind": "moved"}]}
                """);

        Evaluation.CaseResult result = new Evaluation(folder).run(folder.resolve("gold.json"));

        assertThat(result.all().engine()).isEqualTo(new Evaluation.Score(3, 3, 3));
        assertThat(result.rewritten().engine()).isEqualTo(new Evaluation.Score(1, 1, 1));
        assertThat(result.rewritten().units()).singleElement()
                .satisfies(unit -> assertThat(unit.baseline()).isEqualTo(new Evaluation.Score(1, 1, 1)));
    }

    @Test
    void rewrittenView_isReportedBesideAllPairs() throws Exception {
        Path kinds = GOLD.resolve("synthetic-kinds.json");
        Evaluation.CaseResult result = new Evaluation(Path.of("unused")).run(kinds);
        String out = evalCompare("--corpora", GOLD.toString(), "--format", "json", kinds.toString());

        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(result.rewritten().engine().gold()).isPositive().isLessThan(result.all().engine().gold());
        assertThat(json.path("cases").get(0).path("rewritten").path("engine").path("gold").asInt())
                .isEqualTo(result.rewritten().engine().gold());
        JsonNode pooled = json.path("corpora").get(0).path("rewritten");
        assertThat(pooled.path("baseline").path("correct").asInt()).isEqualTo(result.rewritten().baseline().correct());
        assertThat(pooled.path("difference").path("f1").asDouble())
                .isEqualTo(result.rewritten().engine().f1() - result.rewritten().baseline().f1());
        assertThat(EvalCompareCommand.report(List.of(result)).lines())
                .anyMatch(line -> line.startsWith("rewritten points only"))
                .anyMatch(line -> line.matches("synthetic +dev( +\\d\\.\\d{3}){6} +[+-]\\d\\.\\d{3} +\\[.*]"));
    }

    /**
     * Across Basic Law revisions more than one apart, the lineage score is that of the pairs
     * reached by following each old point through the engine's alignment of every step between,
     * composed here by hand; a gold file over one step has none.
     */
    @Test
    void lineage_followsEachPointThroughEveryRevisionBetween() throws Exception {
        var evaluation = new Evaluation(corporaOrSkip());
        Path span = GOLD.resolve("grundgesetz-span-00-21.json");
        JsonNode spec = new ObjectMapper().readTree(span.toFile());
        var steps = new ArrayList<List<PointText>>();
        for (int revision = 0; revision <= 21; revision++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) spec.path("from")).put("revision", revision);
            steps.add(evaluation.points(span, spec.path("from")));
        }
        Map<String, Set<String>> reach = new java.util.HashMap<>();
        steps.get(0).forEach(point -> reach.put(point.number(), Set.of(point.number())));
        for (int k = 1; k < steps.size(); k++) {
            Map<String, Set<String>> next = new java.util.HashMap<>();
            new Aligner().align(steps.get(k - 1), steps.get(k)).links().forEach(link -> link.from()
                    .forEach(from -> next.computeIfAbsent(from, f -> new java.util.HashSet<>()).addAll(link.to())));
            reach.replaceAll((origin, points) -> points.stream().flatMap(p -> next.getOrDefault(p, Set.of()).stream())
                    .collect(Collectors.toSet()));
        }
        Set<String> gold = new java.util.HashSet<>();
        spec.path("links").forEach(link -> link.path("from").forEach(f -> link.path("to").forEach(t -> gold.add(f.asText() + " " + t.asText()))));
        List<String> composed = reach.entrySet().stream().flatMap(e -> e.getValue().stream().map(t -> e.getKey() + " " + t)).toList();

        Evaluation.CaseResult result = evaluation.run(span);

        assertThat(result.lineage()).hasValueSatisfying(lineage -> {
            assertThat(lineage.engine().predicted()).isEqualTo(composed.size());
            assertThat(lineage.engine().correct()).isEqualTo((int) composed.stream().filter(gold::contains).count());
            assertThat(lineage.engine().gold()).isEqualTo(gold.size());
            assertThat(lineage.engine()).isNotEqualTo(result.engine());
        });
        assertThat(evaluation.run(GOLD.resolve("grundgesetz-21.json")).lineage()).isEmpty();
        assertThat(EvalCompareCommand.report(List.of(result)).lines())
                .anyMatch(line -> line.startsWith("through every revision between"))
                .anyMatch(line -> line.matches("grundgesetz-spans +test( +\\d\\.\\d{3}){7}"));
        assertThat(EvalCompareCommand.json(List.of(result), false).path("corpora").get(0).path("lineage").path("engine")
                .path("correct").asInt()).isEqualTo(result.lineage().orElseThrow().engine().correct());
    }

    @Test
    void suggestions_offerMostOfThePairsTheEngineMissedOnRealDevRewrites() throws Exception {
        var hints = new Evaluation.Hints(0, 0, 0);
        for (Evaluation.CaseResult result : devResults()) {
            if (REAL_REWRITES.contains(result.corpus())) {
                hints = hints.plus(result.hints());
            }
        }

        assertThat(hints.missed()).isPositive();
        assertThat((double) hints.suggested() / hints.missed()).isGreaterThanOrEqualTo(0.5);
        assertThat(hints.suggested() * 6).as("at least one suggestion in six is right").isGreaterThanOrEqualTo(hints.shown());
    }

    /** The engine's and the baseline's scores, pooled over the dev cases that {@code chosen} accepts. */
    private static Evaluation.Score[] pooledDev(Predicate<Evaluation.CaseResult> chosen) throws Exception {
        var engine = new Evaluation.Score(0, 0, 0);
        var baseline = new Evaluation.Score(0, 0, 0);
        for (Evaluation.CaseResult result : devResults()) {
            if (chosen.test(result)) {
                engine = engine.plus(result.engine());
                baseline = baseline.plus(result.baseline());
            }
        }
        return new Evaluation.Score[] {engine, baseline};
    }

    @Test
    void evalCompare_listsExactlyTheWrongAndMissedPairsItScored() throws Exception {
        Path gold = GOLD.resolve("synthetic-rewrite-licence.json");
        Evaluation.CaseResult result = new Evaluation(Path.of("unused")).run(gold);
        String out = evalCompare("--corpora", GOLD.toString(), "--errors", gold.toString());

        List<String> lines = out.lines().toList();
        long wrong = lines.stream().filter(line -> line.startsWith("  wrong   ")).count();
        long missed = lines.stream().filter(line -> line.startsWith("  missed  ")).count();
        assertThat(missed).isPositive().isEqualTo(result.engine().gold() - result.engine().correct());
        assertThat(wrong).isEqualTo(result.engine().predicted() - result.engine().correct());
        assertThat(lines).filteredOn(line -> line.startsWith("  missed  ")).allMatch(line -> line.contains(" → "));
        assertThat(lines.stream().filter(line -> line.startsWith("  suggested ")).count()).isEqualTo(result.hints().shown());
        assertThat(lines.stream().filter(line -> line.startsWith("  kind      ")).count())
                .isEqualTo(result.kinds().compared() - result.kinds().agree());
        assertThat(result.kinds().compared()).isPositive().isLessThanOrEqualTo(result.engine().correct());
        assertThat(lines).anyMatch(line -> line.startsWith("kinds (links found with the gold's points"))
                .anyMatch(line -> line.matches("synthetic +dev +\\d+ +\\d+ +\\d\\.\\d{3}"));
        assertThat(lines).anyMatch(line -> line.startsWith("suggestions (dropped and added points a person may link"))
                .anyMatch(line -> line.startsWith("engine F1 minus baseline F1, with a 95% interval"))
                .anyMatch(line -> line.matches("synthetic +dev +[+-]\\d\\.\\d{3} +\\[[+-]\\d\\.\\d{3}, [+-]\\d\\.\\d{3}]"));
    }

    @Test
    void errors_sayWhichMissedPairsTheBaselineFinds() throws Exception {
        var evaluation = new Evaluation(corporaOrSkip());
        var noted = new ArrayList<String>();
        for (Path gold : goldFiles()) {
            if (!gold.getFileName().toString().startsWith("grundgesetz-rewrite-")) {
                continue;
            }
            JsonNode spec = new ObjectMapper().readTree(gold.toFile());
            List<PointText> from = evaluation.points(gold, spec.path("from"));
            List<PointText> to = evaluation.points(gold, spec.path("to"));
            Set<String> baseline = pairs(new GreedyTfIdfMatcher().align(from, to));
            Set<String> engine = pairs(new Aligner().align(from, to));
            Evaluation.CaseResult result = evaluation.run(gold);

            for (String missed : result.missed()) {
                String pair = missed.replace("  (the baseline finds it)", "");
                assertThat(engine).doesNotContain(pair);
                assertThat(missed.endsWith("  (the baseline finds it)")).as(gold.getFileName() + ": " + missed)
                        .isEqualTo(baseline.contains(pair));
                if (baseline.contains(pair)) {
                    noted.add(missed);
                }
            }
        }
        assertThat(noted).as("the dev rewrites hold pairs only the baseline finds").isNotEmpty();
    }

    private static Set<String> pairs(Alignment alignment) {
        return alignment.links().stream()
                .flatMap(link -> link.from().stream().flatMap(f -> link.to().stream().map(t -> f + " → " + t)))
                .collect(Collectors.toSet());
    }

    @Test
    void evalCompare_asJson_givesEveryFigureOfTheTextReport() throws Exception {
        Path kinds = GOLD.resolve("synthetic-kinds.json");
        Path licence = GOLD.resolve("synthetic-rewrite-licence.json");
        var evaluation = new Evaluation(Path.of("unused"));
        Evaluation.CaseResult first = evaluation.run(kinds);
        Evaluation.CaseResult second = evaluation.run(licence);
        String out = evalCompare("--corpora", GOLD.toString(), "--format", "json", "--errors", kinds.toString(), licence.toString());

        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.path("cases")).extracting(c -> c.path("name").asText()).containsExactly(first.name(), second.name());
        JsonNode licenceCase = json.path("cases").get(1);
        assertThat(licenceCase.path("engine").path("f1").asDouble()).isEqualTo(second.engine().f1());
        assertThat(licenceCase.path("baseline").path("correct").asInt()).isEqualTo(second.baseline().correct());
        assertThat(licenceCase.path("missed")).hasSize(second.missed().size());
        assertThat(licenceCase.path("kinds").path("same").asInt()).isEqualTo(second.kinds().agree());
        JsonNode pooled = json.path("corpora").get(0);
        assertThat(json.path("corpora")).hasSize(1);
        assertThat(pooled.path("engine").path("gold").asInt()).isEqualTo(first.engine().gold() + second.engine().gold());
        assertThat(pooled.path("difference").path("low").asDouble()).isLessThanOrEqualTo(pooled.path("difference").path("f1").asDouble())
                .isLessThanOrEqualTo(pooled.path("difference").path("high").asDouble());
        assertThat(pooled.path("suggestions").path("f1Confirmed").asDouble()).isGreaterThanOrEqualTo(pooled.path("engine").path("f1").asDouble());
    }

    /**
     * A gold file is a set of pairs, so a point may stand in several links (a reader's n:m); but
     * every point of the texts must be linked, dropped or added, and none both linked and left over.
     */
    @Test
    void everyGoldFile_accountsForEachPointOfItsTexts() throws Exception {
        var evaluation = new Evaluation(corporaOrSkip());
        var faults = new ArrayList<String>();
        for (Path gold : goldFiles()) {
            JsonNode json = new ObjectMapper().readTree(gold.toFile());
            for (String side : List.of("from", "to")) {
                Set<String> linked = new java.util.TreeSet<>();
                json.path("links").forEach(link -> link.path(side).forEach(point -> linked.add(point.asText())));
                List<String> leftOver = new ArrayList<>();
                json.path(side.equals("from") ? "dropped" : "added").forEach(point -> leftOver.add(point.asText()));
                Set<String> named = new java.util.TreeSet<>(linked);
                named.addAll(leftOver);
                Set<String> numbers = new java.util.TreeSet<>(evaluation.points(gold, json.path(side)).stream().map(PointText::number).toList());
                if (!named.equals(numbers) || leftOver.stream().anyMatch(linked::contains) || Set.copyOf(leftOver).size() != leftOver.size()) {
                    faults.add(gold.getFileName() + " " + side + ": linked " + linked + ", left over " + leftOver + ", the text has " + numbers);
                }
            }
        }

        assertThat(faults).isEmpty();
    }

    @Test
    void evalCompare_refusesAMissingCorporaFolderClearly() {
        var err = new java.io.StringWriter();
        var commandLine = new picocli.CommandLine(new org.parley.Main());
        commandLine.setErr(new java.io.PrintWriter(err));

        int exit = commandLine.execute("eval-compare", "--corpora", "no/such/folder", GOLD.resolve("uslm-hj37.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("no/such/folder: expected the corpora folder");
    }

    /** What {@code parley eval-compare ARGS} prints, once it has exited with 0. */
    private static String evalCompare(String... args) {
        var out = new java.io.StringWriter();
        var commandLine = new picocli.CommandLine(new org.parley.Main());
        commandLine.setOut(new java.io.PrintWriter(out));
        var command = new ArrayList<String>(List.of("eval-compare"));
        command.addAll(List.of(args));

        assertThat(commandLine.execute(command.toArray(String[]::new))).isZero();
        return out.toString();
    }
}
