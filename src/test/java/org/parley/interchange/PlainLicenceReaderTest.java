package org.parley.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Plain licence texts in the GNU layout, from a small licence written for the test. */
class PlainLicenceReaderTest {

    private static final String LICENCE = """
                        ORCHARD SHARING LICENCE
                           Version 2, May 2031

              Preamble

      This preamble is not part of the terms.

            TERMS AND CONDITIONS FOR SHARING

      0. This Licence applies to any orchard plan that carries a notice
    saying it may be shared under it.

      1. You may share verbatim copies of the plan, provided that:

        a) you keep every notice intact; and

        b) you give each recipient a copy of this Licence, as section
        7.  This rule restates the one above.

    These conditions apply to the plan as a whole.

        c) This line begins like an item but comes after the section's own text.

      2. You may change the plan.
    A. Keep the title distinct from the original's.
    B. Name the authors of the changes
       on the title page.

                              NO WARRANTY

      3. THE PLAN IS PROVIDED WITHOUT WARRANTY.

                         END OF TERMS AND CONDITIONS

      4. How to apply these terms is not a term.
    """;

    private static ParsedDraft read(String text) {
        return (ParsedDraft) PlainLicenceReader.read("ORCHARD-2", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void read_takesNumberedSectionsAndTheirLetteredItemsAsPoints() {
        ParsedDraft licence = read(LICENCE);

        assertThat(licence.title()).isEqualTo("ORCHARD SHARING LICENCE");
        assertThat(licence.points()).extracting(ParsedPoint::number).containsExactly("0", "1", "1.a", "1.b", "2", "2.a", "2.b", "3");
        assertThat(licence.points().get(0).text())
                .isEqualTo("This Licence applies to any orchard plan that carries a notice saying it may be shared under it.");
        assertThat(licence.points().get(0).line()).isEqualTo(10);
        assertThat(licence.points().get(6).text()).isEqualTo("Name the authors of the changes on the title page.");
    }

    @Test
    void read_keepsANumberInsideAParagraphAsText() {
        ParsedDraft licence = read(LICENCE);

        assertThat(licence.points().get(3).text())
                .isEqualTo("you give each recipient a copy of this Licence, as section 7. This rule restates the one above.");
    }

    @Test
    void read_givesAParagraphAfterTheItemsBackToItsSection() {
        ParsedDraft licence = read(LICENCE);

        assertThat(licence.points().get(1).text()).isEqualTo("You may share verbatim copies of the plan, provided that: "
                + "These conditions apply to the plan as a whole. "
                + "c) This line begins like an item but comes after the section's own text.");
    }

    @Test
    void read_leavesOutThePreambleCentredHeadingsAndWhatFollowsTheTerms() {
        ParsedDraft licence = read(LICENCE);

        assertThat(licence.points().get(7).text()).isEqualTo("THE PLAN IS PROVIDED WITHOUT WARRANTY.");
        assertThat(licence.points()).noneMatch(point -> point.text().contains("preamble") || point.text().contains("apply these terms"));
    }

    @Test
    void read_startsAtTheFirstSectionWhenNoHeadingNamesTheTerms() {
        ParsedDraft licence = read("Orchard Licence\n\n1. PLANTING\n\nPlant in rows.\n\n2. PRUNING\n\nPrune in winter.\n");

        assertThat(licence.points()).extracting(ParsedPoint::text).containsExactly("PLANTING Plant in rows.", "PRUNING Prune in winter.");
    }

    @Test
    void read_answersEveryMixOfNumbersLettersHeadingsAndBlankLinesWithADraftOrARefusal() {
        String[] lines = {"", "   ", "TERMS AND CONDITIONS", "END OF TERMS AND CONDITIONS", "  0. Scope.", "  1. Grant.",
                "  2. You may", "    a) keep", "    b) give", "A. Title", "B. Authors", "    7.  inside", "                NO WARRANTY",
                "plain words", "\tb) tabbed", "3.", "z) last", "  99999999999. Huge.", "(c) bracketed"};
        var random = new Random(7);
        for (int text = 0; text < 2000; text++) {
            var licence = new StringBuilder();
            for (int line = random.nextInt(30); line > 0; line--) {
                licence.append(lines[random.nextInt(lines.length)]).append(random.nextBoolean() ? "\n" : "\r\n");
            }

            DraftParseResult result = PlainLicenceReader.read("RANDOM", licence.toString().getBytes(StandardCharsets.UTF_8));

            assertThat(result).isInstanceOfAny(ParsedDraft.class, Malformed.class);
        }
    }

    @Test
    void read_refusesATextWithoutSectionsOrInvalidUtf8NamingTheLine() {
        DraftParseResult noSections = PlainLicenceReader.read("NOTES", "Orchard notes\n\nTERMS AND CONDITIONS\n\nNone yet.\n".getBytes(StandardCharsets.UTF_8));
        DraftParseResult latin1 = PlainLicenceReader.read("OLD", "0. Cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(noSections).isEqualTo(new Malformed("NOTES", 4, "numbered sections of licence terms (\"0. This License ...\")"));
        assertThat(((Malformed) latin1).message()).isEqualTo("OLD:1: expected UTF-8 text (invalid byte sequence at byte 5)");
    }
}
