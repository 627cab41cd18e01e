package org.parley.compare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Main;
import picocli.CommandLine;

class CompareCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    private Path oldDraft() throws IOException {
        return file("old.md", """
                # Plan A
                1. The parties agree to an immediate ceasefire along the whole line of contact.
                2. Prisoners of war shall be exchanged on an all for all basis.
                3. Elections shall be held within one hundred days.
                """);
    }

    private Path newDraft() throws IOException {
        return file("new.md", """
                # Plan B
                1. Elections shall be held within one hundred days.
                2. The parties agree to an immediate ceasefire along the whole line of contact.
                3. Prisoners of war shall be exchanged on an all for all basis within thirty days.
                4. Foreign troops <leave> & "never" return.
                """);
    }

    private Path[] draftsWithMovedSentences() throws IOException {
        Path old = file("moves-old.md", """
                1. The parties agree to an immediate and complete ceasefire along the whole line of contact.
                2. An international monitoring mission verifies the withdrawal of heavy weapons. The mission reports to the joint commission every thirty days.
                3. Sanctions are lifted in stages once the monitoring mission confirms compliance.
                4. Prisoners of war are exchanged all for all within thirty days under neutral supervision, and detained civilians are released at the border crossings. The Red Cross registers every prisoner before the exchange.
                """);
        Path neu = file("moves-new.md", """
                1. The parties agree to an immediate and complete ceasefire along the whole line of contact. The Red Cross registers every prisoner before the exchange.
                2. An international monitoring mission verifies the withdrawal of heavy weapons.
                3. Sanctions are lifted in stages once the monitoring mission confirms compliance. The mission reports to the joint commission every thirty days.
                """);
        return new Path[] {old, neu};
    }

    @Test
    void compare_notesTheSentencesThatMovedBetweenPoints_inTextAndHtml() throws IOException {
        Path[] drafts = draftsWithMovedSentences();

        assertThat(run("compare", drafts[0].toString(), drafts[1].toString())).isZero();
        assertThat(run("compare", "--format", "html", drafts[0].toString(), drafts[1].toString())).isZero();

        String text = out.toString();
        assertThat(text).contains("points: 3 reworded, 1 dropped, 0 added; 2 passages moved between points\n",
                "<p>3 points: 3 reworded, 1 dropped, 0 added; 2 passages moved between points</p>");
        assertThat(text).contains("""
                reworded   2  (""").contains("""
                    moved to 3: “The mission reports to the joint commission every thirty days”
                """).contains("""
                    moved from 2: “The mission reports to the joint commission every thirty days”
                """).contains("""
                    moved to 1: “The Red Cross registers every prisoner before the exchange”
                """).contains("""
                    moved from 4: “The Red Cross registers every prisoner before the exchange”
                """);
        assertThat(text).containsPattern("dropped    4\\n.*\\n    moved to 1: ");
        assertThat(text).contains("<span class=\"moved\">moved from 2: “The mission reports to the joint commission every thirty days”</span>",
                "<ins class=\"moved-text\">The mission reports to the joint commission every thirty days</ins>",
                "<del class=\"moved-text\">The mission reports to the joint commission every thirty days</del>",
                "<del class=\"moved-text\">The Red Cross registers every prisoner before the exchange</del>");
    }

    @Test
    void compare_showsTheJoinedPiecesOfASplitIndented_andTheSentenceTheirOrderMoved() throws IOException {
        Path old = file("lease-old.md", """
                1. The tenant pays the rent on the first day of each month.
                2. The landlord keeps the building in good repair. The landlord may inspect the flat once a year after giving two weeks' notice. Repairs are paid by the landlord unless the tenant caused the damage.
                3. Either party may end the lease with three months' notice.
                """);
        Path neu = file("lease-new.md", """
                1. The tenant pays the rent on the first day of each month.
                2. The landlord keeps the building in good repair. Repairs are paid by the landlord unless the tenant caused the damage.
                3. Either party may end the lease with three months' notice.
                4. Pets are allowed with the landlord's written consent.
                5. The landlord may inspect the flat once a year after giving two weeks' notice.
                """);

        assertThat(run("compare", old.toString(), neu.toString())).isZero();

        String text = out.toString();
        assertThat(text).contains("split      2 → 2 + 5").contains("""
                    moved within the link: “Repairs are paid by the landlord unless the tenant caused the damage”
                """);
        assertThat(text.lines().dropWhile(line -> !line.startsWith("split")).skip(1).takeWhile(line -> !line.isEmpty()))
                .hasSize(3).allMatch(line -> line.startsWith("    "));
    }

    @Test
    void compare_keepsTheJsonContractWithoutMoves() throws IOException {
        Path[] drafts = draftsWithMovedSentences();

        assertThat(run("compare", "--format", "json", drafts[0].toString(), drafts[1].toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("from", "to", "links", "dropped", "added");
    }

    @Test
    void compare_writesTheJsonContract() throws IOException {
        int exit = run("compare", oldDraft().toString(), newDraft().toString(), "--format", "json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.fieldNames()).toIterable().containsExactly("from", "to", "links", "dropped", "added");
        assertThat(json.at("/from/title").asText()).isEqualTo("Plan A");
        assertThat(json.at("/to/points").asInt()).isEqualTo(4);
        assertThat(json.at("/links/0/from/0").asText()).isEqualTo("1");
        assertThat(json.at("/links/0/to/0").asText()).isEqualTo("2");
        assertThat(json.at("/links/0/kind").asText()).isEqualTo("renumbered");
        assertThat(json.at("/links/0/score").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/links/0/redline/0/op").asText()).isEqualTo("equal");
        assertThat(json.at("/added/0").asText()).isEqualTo("4");
        assertThat(json.get("dropped")).isEmpty();
    }

    @Test
    void compare_readsAkomaNtosoDrafts() throws IOException {
        Path resources = Path.of("src/test/resources/akn");

        int exit = run("compare", resources.resolve("treaty-v1.xml").toString(), resources.resolve("treaty-v2.xml").toString(),
                "--format", "json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/from/title").asText()).isEqualTo("Serren River Treaty, first draft");
        var links = new java.util.ArrayList<String>();
        json.get("links").forEach(l -> links.add(l.at("/from/0").asText() + ">" + l.at("/to/0").asText() + " " + l.get("kind").asText()));
        assertThat(links).containsExactly("1>2 renumbered", "2.1>3.1 renumbered", "2.2>3.2 renumbered", "3>4 reworded");
        assertThat(json.at("/dropped/0").asText()).isEqualTo("4");
        assertThat(json.at("/added/0").asText()).isEqualTo("1");
    }

    @Test
    void compare_readsAWordDocumentAgainstMarkdown() throws IOException {
        Path docx = Files.write(dir.resolve("plan-b.docx"), org.parley.interchange.Docx.of(
                org.parley.interchange.Docx.paragraph(null, 1, 0, "Elections shall be held within one hundred days."),
                org.parley.interchange.Docx.paragraph(null, 1, 0, "The parties agree to an immediate ceasefire along the whole line of contact."),
                org.parley.interchange.Docx.paragraph(null, 1, 0, "Prisoners of war shall be exchanged on an all for all basis.")));

        int exit = run("compare", oldDraft().toString(), docx.toString(), "--format", "json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/to/points").asInt()).isEqualTo(3);
        assertThat(json.get("dropped")).isEmpty();
        assertThat(json.get("added")).isEmpty();
    }

    @Test
    void compare_writesPlainTextWithWordMarksOffTerminal() throws IOException {
        assertThat(run("compare", oldDraft().toString(), newDraft().toString())).isZero();

        assertThat(out.toString())
                .contains("4 points: 1 renumbered, 1 reworded, 1 moved, 0 dropped, 1 added")
                .contains("all basis {+within thirty days+}.")
                .doesNotContain("\u001b[");
    }

    @Test
    void compare_withOnlyChanges_leavesOutWhatWasKept() throws IOException {
        Path old = file("old-kept.md", "1. Ceasefire along the line.\n2. Prisoners are exchanged.\n");
        Path neu = file("new-kept.md", "1. Ceasefire along the line.\n2. Prisoners are exchanged within a month.\n");

        assertThat(run("compare", old.toString(), neu.toString(), "--only-changes")).isZero();
        String text = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("compare", old.toString(), neu.toString(), "--only-changes", "--format", "html")).isZero();

        assertThat(text).contains("2 points: 1 kept, 1 reworded", "reworded   2  (").doesNotContain("kept       1", "2 → 2");
        assertThat(out.toString()).contains("<input type=\"checkbox\" id=\"changes\" checked>", "<tr class=\"kept\">");
    }

    @Test
    void compare_suggestsForADroppedPointTheAddedOneItMayHaveBecome() throws IOException {
        Path old = replacedOld();
        Path neu = replacedNew();

        assertThat(run("compare", old.toString(), neu.toString())).isZero();
        String text = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("compare", old.toString(), neu.toString(), "--format", "html")).isZero();
        String html = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("compare", old.toString(), neu.toString(), "--format", "json")).isZero();

        assertThat(text).containsPattern("dropped +2\n.*\n    perhaps became 2 \\(0\\.\\d\\d\\)\n")
                .containsPattern("added +2\n.*\n    perhaps from 2 \\(0\\.\\d\\d\\)\n");
        assertThat(html).containsPattern("<td class=\"new\"><span class=\"perhaps\">perhaps became 2 \\(0\\.\\d\\d\\)</span></td>");
        assertThat(new ObjectMapper().readTree(out.toString()).fieldNames()).toIterable().as("the JSON contract is unchanged")
                .containsExactly("from", "to", "links", "dropped", "added");
    }

    private Path replacedOld() throws IOException {
        return file("old-replaced.md", """
                1. The parties agree to an immediate ceasefire along the whole line of contact.
                2. Prisoners of war shall be exchanged on an all for all basis within thirty days.
                3. Elections shall be held in all territories within one hundred days after signature.
                """);
    }

    private Path replacedNew() throws IOException {
        return file("new-replaced.md", """
                1. The parties agree to an immediate ceasefire along the whole line of contact.
                2. Grain exports shall be protected by both navies within thirty days.
                3. Elections shall be held in all territories within one hundred days after signature.
                """);
    }

    @Test
    void compare_keepsALinkConfirmedOnTheCommandLineAndMarksIt() throws IOException {
        Path old = replacedOld();
        Path neu = replacedNew();

        assertThat(run("compare", old.toString(), neu.toString(), "--link", "2=2")).isZero();
        String text = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("compare", old.toString(), neu.toString(), "--link", "2=2", "--format", "html")).isZero();
        String html = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("compare", old.toString(), neu.toString(), "--link", " 2 = 2 ", "--format", "json")).isZero();

        assertThat(text).containsPattern("reworded +2  \\(0\\.\\d\\d\\)  confirmed\n")
                .contains("3 points: 2 kept, 1 reworded, 0 dropped, 0 added").doesNotContain("\ndropped", "perhaps");
        assertThat(html).containsPattern("reworded 2 <span class=\"score\">0\\.\\d\\d</span> <span class=\"confirmed\">confirmed</span>");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("links")).anySatisfy(link -> {
            assertThat(link.get("from").toString()).isEqualTo("[\"2\"]");
            assertThat(link.get("to").toString()).isEqualTo("[\"2\"]");
            assertThat(link.get("kind").asText()).isEqualTo("reworded");
        });
        assertThat(json.get("dropped")).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void compare_readsConfirmedLinksFromAFile_withDropsAdditionsCommentsAndWindowsLineEnds() throws IOException {
        Path links = file("links.txt", "\uFEFF# read by a person on 29 November, saved with a byte order mark\r\n2=\r\n\r\n=2\r\n");

        assertThat(run("compare", replacedOld().toString(), replacedNew().toString(), "--links", links.toString())).isZero();

        assertThat(out.toString()).contains("dropped    2  confirmed\n", "added      2  confirmed\n")
                .as("a drop a person confirmed gets no suggestion").doesNotContain("perhaps");
    }

    @Test
    void compare_refusesBadConfirmedLinksNamingWhereTheyWereWritten() throws IOException {
        Path old = oldDraft();
        Path neu = newDraft();
        Path links = file("bad-links.txt", "# fine\n1=2\n3=4=5\n");
        Path latin1 = Files.write(dir.resolve("latin1-links.txt"), "1=2 # Grüße\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(refusal(old, neu, "--link", "2-2")).isEqualTo("--link 2-2: expected OLD=NEW, such as 12=8+9, 3= (dropped) "
                + "or =10 (added), but found \"2-2\"\n");
        assertThat(refusal(old, neu, "--link", "9=1")).isEqualTo("--link 9=1: expected points of the drafts, but " + old
                + " has no point 9\n");
        assertThat(refusal(old, neu, "--link", "1=2", "--link", "3=2")).isEqualTo("--link 3=2: expected each point in one confirmed "
                + "link, but point 2 of " + neu + " is already in --link 1=2\n");
        assertThat(refusal(old, neu, "--link", "1+2=3+4")).contains("links are n:1 or 1:n");
        assertThat(refusal(old, neu, "--link", "1+1=2")).contains("each point once");
        assertThat(refusal(old, neu, "--link", "=")).contains("a confirmed link names at least one point");
        assertThat(refusal(old, neu, "--links", links.toString())).startsWith(links + ":3: expected OLD=NEW");
        assertThat(refusal(old, neu, "--links", dir.resolve("absent.txt").toString())).contains("absent.txt: expected an existing file");
        assertThat(refusal(old, neu, "--links", latin1.toString())).isEqualTo(latin1 + ": expected UTF-8 text\n");
        assertThat(refusal(old, neu, "--links", dir.toString())).contains("not a directory");
        Path huge = file("huge-links.txt", "1=1\n".repeat(LinkArguments.MAX_BYTES / 4 + 1));
        assertThat(refusal(old, neu, "--links", huge.toString())).isEqualTo(huge + ": expected a file of confirmed links of at most "
                + LinkArguments.MAX_BYTES + " bytes, not " + (LinkArguments.MAX_BYTES + 4) + "\n");
    }

    /** What {@code compare OLD NEW options...} says on standard error, once it has refused with exit code 1 and printed nothing. */
    private String refusal(Path old, Path neu, String... options) {
        err.getBuffer().setLength(0);
        var args = new ArrayList<>(List.of("compare", old.toString(), neu.toString()));
        args.addAll(List.of(options));
        assertThat(run(args.toArray(String[]::new))).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        return err.toString();
    }

    @Test
    void compare_writesAnEscapedStandaloneHtmlPage() throws IOException {
        assertThat(run("compare", oldDraft().toString(), newDraft().toString(), "--format=html")).isZero();

        String html = out.toString();
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("basis <ins>within thirty days</ins>.</td>")
                .contains("Foreign troops &lt;leave&gt; &amp; &quot;never&quot; return.")
                .doesNotContain("<leave>", "<script");
        assertThat(html).as("old and new side by side, in the new draft's order, with a switch to hide what was kept")
                .containsSubsequence("<td class=\"kind\">moved 3 → 1", "<td class=\"kind\">renumbered 1 → 2",
                        "<td class=\"kind\">reworded 2 → 3", "<td class=\"kind\">added 4")
                .contains("<th>Plan A (old)</th><th>Plan B (new)</th>", "<input type=\"checkbox\" id=\"changes\">",
                        "#changes:checked ~ table tr.kept{display:none}");
    }

    @Test
    void compare_ofDraftsInDifferentLanguages_dropsAndAddsEveryPointAndSaysWhy() throws IOException {
        Path german = file("de.md", """
                1. Die Würde des Menschen ist unantastbar. Sie zu achten und zu schützen ist Verpflichtung aller staatlichen Gewalt.
                2. Jeder hat das Recht auf Leben und körperliche Unversehrtheit.
                """);
        Path english = file("en.md", """
                1. Human dignity shall be inviolable. To respect and protect it shall be the duty of all state authority.
                2. Every person shall have the right to life and physical integrity.
                """);

        assertThat(run("compare", german.toString(), english.toString())).isZero();
        assertThat(out.toString()).contains("2 points: 2 dropped, 2 added", "Note: The old draft reads as German and the new one as English");

        out.getBuffer().setLength(0);
        assertThat(run("compare", german.toString(), english.toString(), "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("links")).isEmpty();
        assertThat(err.toString()).contains("note: The old draft reads as German");

        out.getBuffer().setLength(0);
        assertThat(run("compare", english.toString(), english.toString())).isZero();
        assertThat(out.toString()).contains("2 points: 2 kept").doesNotContain("Note:");
    }

    @Test
    void compare_refusesBadInputNamingFileAndLine() throws IOException {
        Path broken = file("broken.md", "1. One\n2. Two\n2. Again\n");

        assertThat(run("compare", oldDraft().toString(), broken.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(broken + ":3: expected a new point number, but \"2\" was used on line 2\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void compare_refusesMissingFilesAndNonUtf8() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "1. Grüße\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(run("compare", dir.resolve("absent.md").toString(), latin1.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("absent.md: expected an existing file");
        err.getBuffer().setLength(0);
        assertThat(run("compare", oldDraft().toString(), latin1.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("latin1.txt:1: expected UTF-8 text");
    }

    @Test
    void compare_refusesFilesOver64MegabytesWithoutReadingThem() throws IOException {
        Path huge = dir.resolve("huge.md");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(DraftFiles.MAX_BYTES + 1L);
        }

        assertThat(run("compare", huge.toString(), oldDraft().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("huge.md: expected a draft file of at most 67108864 bytes");
    }

    @Test
    void compare_readsA50MegabyteFileAndRefusesItsPointCountByLine() throws IOException {
        Path big = dir.resolve("big.md");
        String line = "Each point of this draft is a long line of filler words about nothing in particular. ".repeat(10);
        try (var writer = Files.newBufferedWriter(big, UTF_8)) {
            for (int k = 1; k <= 60_000; k++) {
                writer.write(k + ". " + line + "\n");
            }
        }
        assertThat(Files.size(big)).isGreaterThan(50_000_000L);

        assertThat(run("compare", big.toString(), oldDraft().toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(big + ":50001: expected at most 50000 points\n");
    }

    @Test
    void compare_answersUsageErrorsWithExitCode2() throws IOException {
        assertThat(run("compare", oldDraft().toString())).isEqualTo(2);
        assertThat(run("compare", oldDraft().toString(), newDraft().toString(), "--format", "pdf")).isEqualTo(2);
    }

    @Test
    void compare_printsHelp() {
        assertThat(run("compare", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: parley compare", "--format", "Exit codes:");
    }
}
