package org.parley.compare.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.compare.PointText;

/**
 * Versions of the Basic Law from the grundgesetz corpus: the 1949 article files with the first
 * {@code revision} patches of {@code patches/series} applied in memory (as {@code patch -p1 -E}
 * would: a file left empty is removed). Points are the paragraphs {@code (1)}, {@code (1a)} of
 * the chosen articles, numbered {@code article.paragraph} ({@code 96a.3}); an article without
 * numbered paragraphs is one point numbered by the article.
 */
final class GrundgesetzVersions {

    private static final Pattern PARAGRAPH = Pattern.compile("^\\((\\d+[a-z]?)\\)\\s*(.*)$");

    private final Path src;
    private final List<String> series;
    private final List<Map<String, List<String>>> versions = new ArrayList<>();

    GrundgesetzVersions(Path corpus) throws IOException {
        this.src = corpus.resolve("src");
        this.series = Files.readAllLines(src.resolve("patches/series")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The article files ("096a.md" → lines) after {@code revision} patches. */
    Map<String, List<String>> articles(int revision) throws IOException {
        if (revision < 0 || revision > series.size()) {
            throw new IOException("revision " + revision + " is not between 0 and " + series.size());
        }
        if (versions.isEmpty()) {
            Map<String, List<String>> files = new TreeMap<>();
            try (Stream<Path> paths = Files.list(src)) {
                for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                    files.put(path.getFileName().toString(), Files.readAllLines(path, StandardCharsets.UTF_8));
                }
            }
            versions.add(files);
        }
        while (versions.size() <= revision) {
            Map<String, List<String>> files = new TreeMap<>(versions.get(versions.size() - 1));
            apply(series.get(versions.size() - 1), files);
            versions.add(files);
        }
        return versions.get(revision);
    }

    /**
     * Applies one patch file. Written here rather than taken from java-diff-utils because patches
     * 60 and 61 carry empty context lines (the leading space trimmed), which GNU patch accepts and
     * its reader refuses.
     */
    private void apply(String patch, Map<String, List<String>> files) throws IOException {
        List<String> lines = Files.readAllLines(src.resolve("patches").resolve(patch), StandardCharsets.UTF_8);
        String name = null;
        List<String> target = null;
        int offset = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.startsWith("--- ") && k + 1 < lines.size() && lines.get(k + 1).startsWith("+++ ")) {
                store(files, name, target);
                String from = fileName(line);
                String to = fileName(lines.get(++k));
                name = to == null ? from : to;
                target = to == null ? null : new ArrayList<>(files.getOrDefault(name, List.of()));
                offset = 0;
            } else if (line.startsWith("@@") && target != null) {
                Matcher hunk = HUNK.matcher(line);
                if (!hunk.find()) {
                    throw new IOException("patch " + patch + ", line " + (k + 1) + ": expected a hunk header");
                }
                int at = Math.max(0, Integer.parseInt(hunk.group(1)) - 1) + offset;
                for (k++; k < lines.size() && !lines.get(k).startsWith("@@") && !lines.get(k).startsWith("--- "); k++) {
                    String body = lines.get(k);
                    char op = body.isEmpty() ? ' ' : body.charAt(0);
                    if (op == '+') {
                        target.add(at++, body.substring(1));
                        offset++;
                    } else if (op == '-') {
                        target.remove(at);
                        offset--;
                    } else if (op == ' ') {
                        at++;
                    }
                }
                k--;
            }
        }
        store(files, name, target);
    }

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,\\d+)? \\+\\d+(?:,\\d+)? @@");

    private static String fileName(String header) {
        String path = header.substring(4).split("\t")[0].strip();
        return path.equals("/dev/null") ? null : Path.of(path).getFileName().toString();
    }

    private static void store(Map<String, List<String>> files, String name, List<String> lines) {
        if (name == null) {
            return;
        }
        if (lines == null || lines.stream().allMatch(String::isBlank)) {
            files.remove(name);
        } else {
            files.put(name, lines);
        }
    }

    /** The paragraphs of {@code articleNames} ("096a") in revision {@code revision}; none for absent articles. */
    List<PointText> points(int revision, List<String> articleNames) throws IOException {
        Map<String, List<String>> files = articles(revision);
        var points = new ArrayList<PointText>();
        for (String article : articleNames) {
            points.addAll(points(article, files.getOrDefault(article + ".md", List.of())));
        }
        return points;
    }

    private static List<PointText> points(String article, List<String> lines) {
        String number = article.replaceFirst("^0+(?=.)", "");
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        var loose = new StringBuilder();
        String current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = PARAGRAPH.matcher(line);
            if (m.matches()) {
                current = number + "." + m.group(1);
                texts.put(current, new StringBuilder(m.group(2)));
            } else if (current != null) {
                texts.get(current).append(' ').append(line);
            } else {
                loose.append(loose.length() == 0 ? "" : " ").append(line);
            }
        }
        var points = new ArrayList<PointText>();
        if (loose.length() > 0) {
            points.add(new PointText(number, loose.toString()));
        }
        texts.forEach((n, text) -> points.add(new PointText(n, text.toString())));
        return points;
    }
}
