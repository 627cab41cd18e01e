package org.parley.interchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DraftTextParserTest {

    private final DraftTextParser parser = new DraftTextParser();

    private DraftParseResult parse(String text) {
        return parser.parse("draft.md", text.getBytes(UTF_8));
    }

    private ParsedDraft parsed(String text) {
        DraftParseResult result = parse(text);
        assertThat(result).isInstanceOf(ParsedDraft.class);
        return (ParsedDraft) result;
    }

    private Malformed refused(DraftParseResult result) {
        assertThat(result).isInstanceOf(Malformed.class);
        return (Malformed) result;
    }

    @Test
    void parse_readsALicenceThatNamesItsTermsBySectionsAndLetteredItems() {
        ParsedDraft licence = parsed("""
                                ORCHARD SHARING LICENCE

                      TERMS AND CONDITIONS FOR SHARING

                  0. This Licence applies to any orchard plan.

                  1. You may share the plan, provided that:

                    a) you keep every notice intact, as section
                    7.  This rule restates the one above.

                    b) you give each recipient a copy of this Licence.

                                END OF TERMS AND CONDITIONS
                """);

        assertThat(licence.points()).extracting(ParsedPoint::number).containsExactly("0", "1", "1.a", "1.b");
    }

    @Test
    void parse_readsAContractHeadedTermsAndConditionsAsNumberedText() {
        ParsedDraft contract = parsed("""
                SUPPLY AGREEMENT
                TERMS AND CONDITIONS
                1. Definitions
                1.1 "Goods" means the apples listed in the schedule.
                1.2 "Price" means the price in the schedule.
                2. Delivery
                2.1 The seller delivers within ten days.
                """);

        assertThat(contract.points()).extracting(ParsedPoint::number).containsExactly("1", "1.1", "1.2", "2", "2.1");
    }

    @Test
    void parse_readsATextThatNamesTermsButHasNoSectionsOfThemAsNumberedText() {
        ParsedDraft draft = parsed("Terms\nTERMS AND CONDITIONS apply.\n1) Plant in rows\n2) Prune in winter\nEND OF TERMS AND CONDITIONS\n");

        assertThat(draft.points()).extracting(ParsedPoint::number).containsExactly("1", "2");
    }

    @Test
    void parse_readsEveryNumberPrefixAndEnding() {
        ParsedDraft draft = parsed("""
                1. First
                10a) Second
                2.1.3 Third
                **12.** Fourth
                Article 7: Fifth
                Art. 8. Sixth
                § 9. Seventh
                V10. Eighth
                10.b) Ninth
                10.b.iv) Tenth
                11.XII. Eleventh
                12.did not start a point
                """);

        assertThat(draft.points()).extracting(ParsedPoint::number)
                .containsExactly("1", "10a", "2.1.3", "12", "7", "8", "9", "10", "10.b", "10.b.iv", "11.XII");
        assertThat(draft.points()).extracting(ParsedPoint::text)
                .containsExactly("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                        "Eleventh\n12.did not start a point");
    }

    @Test
    void parse_keepsPreambleTitleSectionsAndContinuationLines() {
        ParsedDraft draft = parsed("""
                # Peace plan
                Agreed by both sides.

                ## Security
                1. The parties will
                   keep the ceasefire.
                2. Monitors are deployed.
                ## Territory
                3. Lines are frozen.
                """);

        assertThat(draft.title()).isEqualTo("Peace plan");
        assertThat(draft.preamble()).isEqualTo("Agreed by both sides.");
        assertThat(draft.points()).containsExactly(
                new ParsedPoint("1", "The parties will\nkeep the ceasefire.", "Security", 5),
                new ParsedPoint("2", "Monitors are deployed.", "Security", 7),
                new ParsedPoint("3", "Lines are frozen.", "Territory", 9));
    }

    @Test
    void parse_takesTitleFromFileNameWithoutHeading() {
        assertThat(parser.parse("dir/plan-b.txt", "1. Only point".getBytes(UTF_8)))
                .isEqualTo(new ParsedDraft("plan-b", "", java.util.List.of(new ParsedPoint("1", "Only point", "", 1))));
    }

    @Test
    void parse_doesNotTreatPlainNumbersInProseAsPoints() {
        ParsedDraft draft = parsed("""
                1. The force is
                2000 strong and
                3 times larger.
                """);

        assertThat(draft.points()).singleElement()
                .extracting(ParsedPoint::text).isEqualTo("The force is\n2000 strong and\n3 times larger.");
    }

    @Test
    void parse_refusesDuplicateNumbersNamingBothLines() {
        Malformed malformed = refused(parse("1. One\n2. Two\n\n2. Again\n"));

        assertThat(malformed.line()).isEqualTo(4);
        assertThat(malformed.message()).isEqualTo("draft.md:4: expected a new point number, but \"2\" was used on line 2");
    }

    @Test
    void parse_refusesTextWithoutPoints() {
        assertThat(refused(parse("Just a letter.\nNo numbers.\n")).expected()).contains("at least one numbered point");
        assertThat(refused(parse("")).line()).isEqualTo(1);
    }

    @Test
    void parse_refusesInvalidUtf8NamingTheLine() {
        byte[] latin1 = "1. Die Würde\n2. Gefährdung\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        Malformed malformed = refused(parser.parse("old.txt", latin1));

        assertThat(malformed.line()).isEqualTo(1);
        assertThat(malformed.message()).startsWith("old.txt:1: expected UTF-8 text");
    }

    @Test
    void parse_namesTheLaterLineOfInvalidUtf8() {
        byte[] bytes = "1. Fine\n2. Also fine\n3. Bad \u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(refused(parser.parse("x.txt", bytes)).line()).isEqualTo(3);
    }

    @Test
    void parse_refusesNulCharacters() {
        assertThat(refused(parse("1. One\n2. T\u0000wo")).line()).isEqualTo(2);
    }

    @Test
    void parse_refusesFilesOverTheLimitWithoutReadingThem() {
        byte[] big = new byte[101];
        Arrays.fill(big, (byte) 'a');

        Malformed malformed = refused(new DraftTextParser(100).parse("big.txt", big));

        assertThat(malformed.line()).isZero();
        assertThat(malformed.message()).isEqualTo("big.txt: expected a draft file of at most 100 bytes, not 101");
    }

    @Test
    void parse_acceptsFilesAtTheLimit() {
        assertThat(new DraftTextParser(6).parse("s.txt", "1. abc".getBytes(UTF_8))).isInstanceOf(ParsedDraft.class);
    }

    @Test
    void parse_stripsByteOrderMark() {
        assertThat(parsed("\uFEFF1. One").points()).extracting(ParsedPoint::number).containsExactly("1");
    }

    @Test
    void parse_readsJsonDrafts() {
        ParsedDraft draft = parsed("""
                {"title": "Plan",
                 "points": [
                   {"number": "1.1", "text": "First"},
                   {"number": 2, "text": "Second", "section": "Guarantees"}
                 ]}
                """);

        assertThat(draft.title()).isEqualTo("Plan");
        assertThat(draft.points()).containsExactly(
                new ParsedPoint("1.1", "First", "", 3),
                new ParsedPoint("2", "Second", "Guarantees", 4));
    }

    @Test
    void parse_refusesBrokenJsonAtItsLine() {
        Malformed malformed = refused(parse("{\"title\": \"Plan\",\n \"points\": [\n {\"number\": \"1\" \"text\": \"x\"}]}"));

        assertThat(malformed.line()).isEqualTo(3);
        assertThat(malformed.expected()).startsWith("valid JSON");
    }

    @Test
    void parse_refusesJsonPointsWithoutTextOrNumber() {
        assertThat(refused(parse("{\"points\": [\n{\"number\": \"1\", \"text\": \"a\"},\n{\"number\": \"2\"}]}")))
                .isEqualTo(new Malformed("draft.md", 3, "a point with a \"text\" string"));
        assertThat(refused(parse("{\"points\": [{\"text\": \"a\"}]}")).expected()).contains("\"number\"");
    }

    @Test
    void parse_refusesJsonDuplicateNumbers() {
        Malformed malformed = refused(parse("{\"points\": [\n{\"number\": \"1\", \"text\": \"a\"},\n{\"number\": \"1\", \"text\": \"b\"}]}"));

        assertThat(malformed.line()).isEqualTo(3);
        assertThat(malformed.expected()).contains("used on line 2");
    }

    @Test
    void parse_refusesJsonWithoutPoints() {
        assertThat(refused(parse("{\"title\": \"x\"}")).expected()).contains("at least one point");
        assertThat(refused(parse("{\"points\": []}")).expected()).contains("at least one point");
        assertThat(refused(parse("{\"points\": {}}")).expected()).isEqualTo("\"points\" to be an array");
    }

    @Test
    void parse_refusesDeeplyNestedJsonWithoutThrowing() {
        String hostile = "{\"points\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThat(refused(parse(hostile)).line()).isEqualTo(1);
    }

    @Test
    void parse_refusesTrailingContentAfterJson() {
        assertThat(refused(parse("{\"points\": [{\"number\": \"1\", \"text\": \"a\"}]}\n{}")))
                .isEqualTo(new Malformed("draft.md", 2, "nothing after the JSON object"));
    }
}
