package org.parley.compare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the gold sets against the corpora; see docs/EVALUATION.md. */
class EvaluationTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");

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

    @Test
    void evaluation_reachesF1OfAtLeast095OnEveryDevCorpus() throws Exception {
        var evaluation = new Evaluation(corporaOrSkip());
        Map<String, Evaluation.Score> byCorpus = new java.util.TreeMap<>();
        for (Path gold : goldFiles()) {
            Evaluation.CaseResult result = evaluation.run(gold);
            if (result.split().equals("dev") && !result.corpus().equals("synthetic")) {
                byCorpus.merge(result.corpus(), result.engine(), Evaluation.Score::plus);
            }
        }

        assertThat(byCorpus).containsOnlyKeys("grundgesetz", "licences", "uslm");
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
    void evaluation_beatsTheBaselineFarOnHeavilyRewordedDevDrafts() throws Exception {
        var evaluation = new Evaluation(corporaOrSkip());
        var engine = new Evaluation.Score(0, 0, 0);
        var baseline = new Evaluation.Score(0, 0, 0);
        for (Path gold : goldFiles()) {
            Evaluation.CaseResult result = evaluation.run(gold);
            if (result.split().equals("dev") && result.name().startsWith("synthetic-rewrite-")) {
                engine = engine.plus(result.engine());
                baseline = baseline.plus(result.baseline());
            }
        }

        assertThat(engine.gold()).isGreaterThan(40);
        assertThat(engine.f1()).isGreaterThanOrEqualTo(0.9).isGreaterThan(baseline.f1() + 0.25);
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
}
