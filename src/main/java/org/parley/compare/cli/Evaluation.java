package org.parley.compare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.compare.Aligner;
import org.parley.compare.Alignment;
import org.parley.compare.GreedyTfIdfMatcher;
import org.parley.compare.LineageEdge;
import org.parley.compare.Link;
import org.parley.compare.PointText;
import org.parley.compare.Trajectories;
import org.parley.compare.Trajectory;
import org.parley.interchange.DraftParseResult;
import org.parley.interchange.DraftTextParser;
import org.parley.interchange.Malformed;
import org.parley.interchange.ParsedDraft;
import org.parley.interchange.PlainLicenceReader;
import org.parley.interchange.SpdxLicenceReader;
import org.parley.interchange.UslmReader;

/**
 * Scores the aligner and the naive baseline against a gold file: link precision, recall and F1
 * over old → new point pairs, n:m links expanded into all their pairs. Gold files name their
 * texts by path inside the corpora folder ({@code uslm}, {@code spdx}, {@code grundgesetz}), by
 * name inside the folder of plain licence texts ({@code licence-text}: "GPL-2", as Debian keeps
 * them), or, for synthetic cases ({@code text}) and drafts of a negotiation file
 * ({@code negotiation}), by path from the gold file.
 */
final class Evaluation {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    /** Found, predicted and gold pair counts. */
    record Score(int correct, int predicted, int gold) {

        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(correct + other.correct, predicted + other.predicted, gold + other.gold);
        }
    }

    /**
     * How the aligner's suggestions serve a person: of the gold pairs it {@code missed}, how many
     * it {@code suggested}, among all the new pairs its suggestions hold ({@code shown}). A
     * suggestion's new pairs join a point it left unlinked, so every right one is a missed pair.
     */
    record Hints(int missed, int suggested, int shown) {

        Hints plus(Hints other) {
            return new Hints(missed + other.missed, suggested + other.suggested, shown + other.shown);
        }
    }

    /**
     * How the aligner names its links: of the links it found exactly as the gold has them (the
     * same points on both sides), how many it {@code compared} and how many carry the gold's kind
     * ({@code agree}).
     */
    record Kinds(int agree, int compared) {

        double share() {
            return compared == 0 ? 1 : (double) agree / compared;
        }

        Kinds plus(Kinds other) {
            return new Kinds(agree + other.agree, compared + other.compared);
        }
    }

    /**
     * One gold case scored for the aligner and the baseline, with the aligner's wrong pairs (not
     * in the gold) and missed ones (gold pairs it did not find), each as "old → new", and its
     * suggestions, best first, with their kind and score and whether the gold holds them.
     */
    record CaseResult(String name, String corpus, String split, double rewriting, View all, View rewritten, Optional<Lineage> lineage,
            Hints hints, Kinds kinds, List<String> wrong, List<String> missed, List<String> suggested, List<String> misnamed) {

        Score engine() {
            return all.engine();
        }

        Score baseline() {
            return all.baseline();
        }
    }

    /**
     * The aligner's and the baseline's scores over some of a case's pairs, and the old points
     * they come from (what the bootstrap resamples): every pair, or only the {@code rewritten}
     * ones, which join a point whose text the other draft does not hold word for word.
     */
    record View(Score engine, Score baseline, List<Bootstrap.Unit> units) {
    }

    /**
     * For a gold file over Basic Law revisions more than one apart, the pairs each method gives
     * when every revision between is aligned to the next and each old point is followed through
     * them ({@link Trajectories}), as Parley traces a point through a lineage of drafts; and,
     * beside them, the aligner's score comparing the first revision with the last directly.
     */
    record Lineage(Score engine, Score baseline, Score direct) {

        Lineage plus(Lineage other) {
            return new Lineage(engine.plus(other.engine), baseline.plus(other.baseline), direct.plus(other.direct));
        }
    }

    /** A gold file or corpus text that cannot be used; the message names it. */
    static final class EvaluationException extends Exception {
        EvaluationException(String message) {
            super(message);
        }
    }

    /** Where the texts of gold files are, besides the gold files themselves. */
    record Sources(Path corpora, Path licenceTexts, Path licenceList) {

        /** The corpora at {@code corpora}, the licence texts and list where they are by default. */
        static Sources of(Path corpora) {
            return new Sources(corpora, EvalCompareCommand.defaultLicenceTexts(), EvalCompareCommand.defaultLicenceList());
        }
    }

    private final Path corpora;
    private final Path licenceTexts;
    private final Path licenceList;
    private final Map<Path, GrundgesetzVersions> grundgesetz = new HashMap<>();

    Evaluation(Path corpora) {
        this(Sources.of(corpora));
    }

    Evaluation(Sources sources) {
        this.corpora = sources.corpora();
        this.licenceTexts = sources.licenceTexts();
        this.licenceList = sources.licenceList();
    }

    CaseResult run(Path goldFile) throws EvaluationException {
        JsonNode gold;
        try {
            gold = MAPPER.readTree(Files.readAllBytes(goldFile));
        } catch (IOException e) {
            throw new EvaluationException(goldFile + ": expected a readable JSON gold file (" + e.getMessage() + ")");
        }
        List<PointText> from = points(goldFile, gold.path("from"));
        List<PointText> to = points(goldFile, gold.path("to"));
        Set<String> goldPairs = pairs(goldFile, gold.path("links"), from, to);
        Alignment engine = new Aligner().align(from, to);
        Alignment baseline = new GreedyTfIdfMatcher().align(from, to);
        Set<String> found = pairsOf(engine);
        Set<String> baselinePairs = pairsOf(baseline);
        Set<String> suggested = new TreeSet<>();
        engine.suggestions().forEach(s -> s.from().forEach(f -> s.to().forEach(t -> suggested.add(f + "\u0000" + t))));
        suggested.removeAll(found);
        Set<String> missed = new HashSet<>(goldPairs);
        missed.removeAll(found);
        Hints hints = new Hints(missed.size(), (int) missed.stream().filter(suggested::contains).count(), suggested.size());
        Map<String, String> goldKinds = kinds(gold.path("links"));
        var misnamed = new ArrayList<String>();
        int compared = 0;
        for (Link link : engine.links()) {
            String goldKind = goldKinds.get(key(link.from(), link.to()));
            if (goldKind != null) {
                compared++;
                if (!goldKind.equals(link.kind().wireName())) {
                    misnamed.add(link.label() + ": gold " + goldKind);
                }
            }
        }
        Set<String> keptFrom = keptWordForWord(from, to);
        Set<String> keptTo = keptWordForWord(to, from);
        return new CaseResult(gold.path("name").asText(goldFile.getFileName().toString()),
                gold.path("corpus").asText("other"), gold.path("split").asText("dev"), rewriting(gold.path("links"), from, to),
                view(from, found, baselinePairs, goldPairs, pair -> true),
                view(from, found, baselinePairs, goldPairs, pair -> {
                    int separator = pair.indexOf('\u0000');
                    return !keptFrom.contains(pair.substring(0, separator)) || !keptTo.contains(pair.substring(separator + 1));
                }), lineage(gold.path("from"), gold.path("to"), from, goldPairs, found), hints, new Kinds(compared - misnamed.size(), compared),
                readable(found, goldPairs), missed.stream().sorted().map(pair -> pair.replace("\u0000", " → ")
                        + (baselinePairs.contains(pair) ? "  (the baseline finds it)" : "")).toList(), engine.suggestions().stream()
                        .map(h -> String.format(Locale.ROOT, "%s → %s  %s %.2f%s", String.join(" + ", h.from()), String.join(" + ", h.to()),
                                h.kind().wireName(), h.score(), h.from().stream().allMatch(f -> h.to().stream()
                                        .allMatch(t -> goldPairs.contains(f + "\u0000" + t))) ? "  (gold)" : ""))
                        .toList(), misnamed);
    }

    /** The lineage scores when the gold's texts are Basic Law revisions more than one apart, over the same articles. */
    private Optional<Lineage> lineage(JsonNode fromSpec, JsonNode toSpec, List<PointText> from, Set<String> gold, Set<String> direct)
            throws EvaluationException {
        int start = fromSpec.path("revision").asInt();
        int end = toSpec.path("revision").asInt();
        boolean sameArticles = toSpec.path("format").equals(fromSpec.path("format")) && toSpec.path("path").equals(fromSpec.path("path"))
                && toSpec.path("articles").equals(fromSpec.path("articles"));
        if (!fromSpec.path("format").asText().equals("grundgesetz") || !sameArticles || end - start < 2) {
            return Optional.empty();
        }
        List<String> articles = articles(fromSpec);
        var engineEdges = new ArrayList<LineageEdge>();
        var baselineEdges = new ArrayList<LineageEdge>();
        List<PointText> before = from;
        for (int revision = start + 1; revision <= end; revision++) {
            List<PointText> after;
            try {
                after = grundgesetz(corpora.resolve(fromSpec.path("path").asText()), revision, articles);
            } catch (IOException e) {
                throw new EvaluationException("cannot read revision " + revision + " of the Basic Law (" + e.getMessage() + ")");
            }
            engineEdges.add(new LineageEdge(Integer.toString(revision - 1), Integer.toString(revision), new Aligner().align(before, after)));
            baselineEdges.add(new LineageEdge(Integer.toString(revision - 1), Integer.toString(revision),
                    new GreedyTfIdfMatcher().align(before, after)));
            before = after;
        }
        return Optional.of(new Lineage(traced(engineEdges, start, end, from, gold), traced(baselineEdges, start, end, from, gold),
                score(direct, gold, pair -> true)));
    }

    /** The pairs the trajectories of the points of revision {@code start} give with revision {@code end}, scored. */
    private static Score traced(List<LineageEdge> edges, int start, int end, List<PointText> from, Set<String> gold) {
        var pairs = new HashSet<String>();
        for (Trajectory trajectory : Trajectories.ofDraft(edges, Integer.toString(start), from.stream().map(PointText::number).toList())) {
            trajectory.later().stream().filter(station -> station.draft().equals(Integer.toString(end)))
                    .forEach(station -> station.points().forEach(point -> pairs.add(trajectory.point() + "\u0000" + point)));
        }
        return score(pairs, gold, pair -> true);
    }

    /**
     * How much of the text the gold says was rewritten: of all the words of both drafts, the share
     * that no word diff keeps between the points a gold link joins (each side's points joined in
     * their order), so 0 when every point is linked to itself unchanged, and 1 when no word
     * survives. Moved points cost nothing; dropped and added points cost all their words.
     */
    private static double rewriting(JsonNode links, List<PointText> from, List<PointText> to) {
        Map<String, List<String>> oldWords = words(from);
        Map<String, List<String>> newWords = words(to);
        int total = oldWords.values().stream().mapToInt(List::size).sum() + newWords.values().stream().mapToInt(List::size).sum();
        int kept = 0;
        for (JsonNode link : links) {
            var before = new ArrayList<String>();
            var after = new ArrayList<String>();
            link.path("from").forEach(number -> before.addAll(oldWords.getOrDefault(number.asText(), List.of())));
            link.path("to").forEach(number -> after.addAll(newWords.getOrDefault(number.asText(), List.of())));
            kept += before.size() - DiffUtils.diff(before, after).getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
        }
        return total == 0 ? 0 : 1 - 2.0 * kept / total;
    }

    /** The lower-cased words of each point, by number. */
    private static Map<String, List<String>> words(List<PointText> points) {
        Map<String, List<String>> words = new HashMap<>();
        for (PointText point : points) {
            var own = new ArrayList<String>();
            Matcher m = WORD.matcher(point.text());
            while (m.find()) {
                own.add(m.group().toLowerCase(Locale.ROOT));
            }
            words.put(point.number(), own);
        }
        return words;
    }

    /** The numbers of the points of {@code points} whose text, spaces aside, is the text of a point of {@code others}. */
    private static Set<String> keptWordForWord(List<PointText> points, List<PointText> others) {
        Set<String> otherTexts = new HashSet<>(others.stream().map(p -> spaced(p.text())).toList());
        return points.stream().filter(p -> otherTexts.contains(spaced(p.text()))).map(PointText::number)
                .collect(Collectors.toSet());
    }

    private static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The kind of each gold link, by its points. */
    private static Map<String, String> kinds(JsonNode links) {
        Map<String, String> kinds = new HashMap<>();
        for (JsonNode link : links) {
            var from = new ArrayList<String>();
            var to = new ArrayList<String>();
            link.path("from").forEach(number -> from.add(number.asText()));
            link.path("to").forEach(number -> to.add(number.asText()));
            kinds.put(key(from, to), link.path("kind").asText());
        }
        return kinds;
    }

    /** The points of a link, in any order on either side, as one string. */
    private static String key(List<String> from, List<String> to) {
        return new TreeSet<>(from) + " → " + new TreeSet<>(to);
    }

    /**
     * The pairs {@code counts} keeps, scored for both methods: each old point with the pairs it
     * takes part in (what the bootstrap resamples), and their sums.
     */
    private static View view(List<PointText> from, Set<String> engine, Set<String> baseline, Set<String> gold, Predicate<String> counts) {
        TreeSet<String> enginePairs = new TreeSet<>(engine);
        TreeSet<String> baselinePairs = new TreeSet<>(baseline);
        TreeSet<String> goldPairs = new TreeSet<>(gold);
        var units = new ArrayList<Bootstrap.Unit>();
        var engineScore = new Score(0, 0, 0);
        var baselineScore = new Score(0, 0, 0);
        for (PointText point : from) {
            String prefix = point.number() + "\u0000";
            Set<String> goldOwn = goldPairs.subSet(prefix, prefix + Character.MAX_VALUE);
            Score engineOwn = score(enginePairs.subSet(prefix, prefix + Character.MAX_VALUE), goldOwn, counts);
            Score baselineOwn = score(baselinePairs.subSet(prefix, prefix + Character.MAX_VALUE), goldOwn, counts);
            if (engineOwn.predicted() > 0 || baselineOwn.predicted() > 0 || engineOwn.gold() > 0) {
                units.add(new Bootstrap.Unit(engineOwn, baselineOwn));
                engineScore = engineScore.plus(engineOwn);
                baselineScore = baselineScore.plus(baselineOwn);
            }
        }
        return new View(engineScore, baselineScore, units);
    }

    /** The pairs of {@code found} and of {@code gold} that {@code counts} keeps, scored. */
    private static Score score(Set<String> found, Set<String> gold, Predicate<String> counts) {
        int predicted = 0;
        int correct = 0;
        for (String pair : found) {
            if (counts.test(pair)) {
                predicted++;
                correct += gold.contains(pair) ? 1 : 0;
            }
        }
        return new Score(correct, predicted, (int) gold.stream().filter(counts).count());
    }

    private static TreeSet<String> pairsOf(Alignment alignment) {
        var pairs = new TreeSet<String>();
        for (Link link : alignment.links()) {
            for (String from : link.from()) {
                for (String to : link.to()) {
                    pairs.add(from + "\u0000" + to);
                }
            }
        }
        return pairs;
    }

    /** The pairs of {@code pairs} absent from {@code others}, as "old → new". */
    private static List<String> readable(Set<String> pairs, Set<String> others) {
        return pairs.stream().filter(pair -> !others.contains(pair)).sorted().map(pair -> pair.replace("\u0000", " → ")).toList();
    }

    private static Set<String> pairs(Path goldFile, JsonNode links, List<PointText> from, List<PointText> to)
            throws EvaluationException {
        Set<String> fromNumbers = new HashSet<>(from.stream().map(PointText::number).toList());
        Set<String> toNumbers = new HashSet<>(to.stream().map(PointText::number).toList());
        Set<String> pairs = new HashSet<>();
        for (JsonNode link : links) {
            for (JsonNode f : link.path("from")) {
                for (JsonNode t : link.path("to")) {
                    if (!fromNumbers.contains(f.asText()) || !toNumbers.contains(t.asText())) {
                        throw new EvaluationException(goldFile + ": expected points that exist, but the link "
                                + f.asText() + " -> " + t.asText() + " names one the texts lack");
                    }
                    pairs.add(f.asText() + "\u0000" + t.asText());
                }
            }
        }
        return pairs;
    }

    List<PointText> points(Path goldFile, JsonNode spec) throws EvaluationException {
        String format = spec.path("format").asText();
        if (format.equals("spdx-list")) {
            return licenceOfTheList(goldFile, spec.path("path").asText());
        }
        if (format.equals("licence-text") && !Files.isDirectory(licenceTexts)) {
            throw new EvaluationException(goldFile + ": expected the folder of plain licence texts " + licenceTexts
                    + " (Debian's base-files package; set --licence-texts DIR or PARLEY_LICENCE_TEXTS)");
        }
        Path path = switch (format) {
            case "text", "negotiation" -> goldFile.toAbsolutePath().getParent().resolve(spec.path("path").asText());
            case "licence-text" -> licenceTexts.resolve(spec.path("path").asText());
            default -> corpora.resolve(spec.path("path").asText());
        };
        try {
            if (format.equals("grundgesetz")) {
                return grundgesetz(path, spec.path("revision").asInt(), articles(spec));
            }
            byte[] bytes = Files.readAllBytes(path);
            if (format.equals("negotiation")) {
                return draftOfNegotiation(goldFile, bytes, spec.path("draft").asText());
            }
            DraftParseResult result = switch (format) {
                case "uslm" -> UslmReader.read(path.toString(), bytes);
                case "spdx" -> SpdxLicenceReader.read(path.toString(), bytes);
                case "licence-text" -> PlainLicenceReader.read(path.toString(), bytes);
                case "text" -> new DraftTextParser().parse(path.toString(), bytes);
                default -> throw new EvaluationException(goldFile
                        + ": expected format uslm, spdx, spdx-list, licence-text, grundgesetz, text or negotiation, not \"" + format + "\"");
            };
            if (result instanceof Malformed malformed) {
                throw new EvaluationException(malformed.message());
            }
            return DraftFiles.points((ParsedDraft) result);
        } catch (NoSuchFileException e) {
            throw new EvaluationException(goldFile + ": expected the text " + e.getFile() + " to exist");
        } catch (IOException e) {
            throw new EvaluationException(goldFile + ": cannot read " + path + " (" + e.getMessage() + ")");
        }
    }

    /** The points of licence {@code id} of the SPDX License List. */
    private List<PointText> licenceOfTheList(Path goldFile, String id) throws EvaluationException {
        if (!Files.exists(licenceList)) {
            throw new EvaluationException(goldFile + ": expected the SPDX License List at " + licenceList
                    + " (mvn verify fetches it; set --licence-list JAR_OR_DIR or PARLEY_LICENCE_LIST)");
        }
        try {
            JsonNode licence = MAPPER.readTree(LicenceList.read(licenceList, id));
            DraftParseResult result = SpdxLicenceReader.readHtml(licenceList + "!" + id, licence.path("name").asText(id),
                    licence.path("licenseTextHtml").asText());
            if (result instanceof Malformed malformed) {
                throw new EvaluationException(malformed.message());
            }
            return DraftFiles.points((ParsedDraft) result);
        } catch (NoSuchFileException e) {
            throw new EvaluationException(goldFile + ": expected the licence " + id + " in the SPDX License List at " + licenceList);
        } catch (IOException e) {
            throw new EvaluationException(goldFile + ": cannot read the licence " + id + " from " + licenceList + " (" + e.getMessage() + ")");
        }
    }

    /** The articles a Basic Law text of a gold file is made of ("096a"). */
    private static List<String> articles(JsonNode spec) {
        var articles = new ArrayList<String>();
        spec.path("articles").forEach(a -> articles.add(a.asText()));
        return articles;
    }

    /** The paragraphs of {@code articles} of the Basic Law at {@code revision}, from the corpus at {@code path}. */
    private List<PointText> grundgesetz(Path path, int revision, List<String> articles) throws IOException {
        GrundgesetzVersions versions = grundgesetz.get(path);
        if (versions == null) {
            versions = new GrundgesetzVersions(path);
            grundgesetz.put(path, versions);
        }
        return versions.points(revision, articles);
    }

    /** The points of one draft of a negotiation file (the demo's format), by draft id. */
    private static List<PointText> draftOfNegotiation(Path goldFile, byte[] bytes, String draftId)
            throws EvaluationException, IOException {
        for (JsonNode draft : MAPPER.readTree(bytes).path("drafts")) {
            if (draft.path("id").asText().equals(draftId)) {
                var points = new ArrayList<PointText>();
                draft.path("points").forEach(p -> points.add(new PointText(p.path("number").asText(), p.path("text").asText())));
                return points;
            }
        }
        throw new EvaluationException(goldFile + ": expected a draft \"" + draftId + "\" in the negotiation file");
    }
}
