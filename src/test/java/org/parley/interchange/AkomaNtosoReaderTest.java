package org.parley.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Akoma Ntoso drafts, from the fictional treaty in src/test/resources/akn, and through the parser every import uses. */
class AkomaNtosoReaderTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AkomaNtosoReaderTest.class.getResourceAsStream("/akn/" + name)) {
            return in.readAllBytes();
        }
    }

    private static ParsedDraft parsed(String xml) {
        return (ParsedDraft) new DraftTextParser().parse("t.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void read_takesArticlesAndTheirNumberedParagraphsAsPoints() throws IOException {
        DraftParseResult result = new DraftTextParser().parse("treaty-v1.xml", resource("treaty-v1.xml"));

        ParsedDraft draft = (ParsedDraft) result;
        assertThat(draft.title()).isEqualTo("Serren River Treaty, first draft");
        assertThat(draft.preamble()).startsWith("The Parties, wishing to share the waters");
        assertThat(draft.points()).extracting(ParsedPoint::number).containsExactly("1", "2.1", "2.2", "3", "4");
        assertThat(draft.points().get(0).text()).isEqualTo("Scope. This Treaty applies to the Serren River and the aquifers connected with it.");
        assertThat(draft.points().get(1).text()).isEqualTo("Equitable use. Each Party shall use the waters in an equitable and reasonable manner.");
        assertThat(draft.points().get(2).text()).isEqualTo("No Party shall cause significant harm to the other.");
        assertThat(draft.points().get(3).section()).isEqualTo("Chapter II Flows");
    }

    @Test
    void read_leavesOutArticlesQuotedByAnAmendment() throws IOException {
        ParsedDraft draft = (ParsedDraft) AkomaNtosoReader.read("treaty-v1.xml", resource("treaty-v1.xml"));

        assertThat(draft.points()).extracting(ParsedPoint::number).doesNotContain("9");
        assertThat(draft.points().get(4).text()).contains("Quoted text of another law");
    }

    @Test
    void read_fallsBackToSectionsAndTheWorksNameWhenThereAreNoArticlesOrTitle() {
        ParsedDraft draft = parsed("<akomaNtoso xmlns=\"" + AkomaNtosoReader.AKN + "\"><act><meta><identification><FRBRWork>"
                + "<FRBRname value=\"Harbour Act\"/></FRBRWork></identification></meta><body>"
                + "<section><num>§ 1</num><content><p>Ships keep right.</p></content></section>"
                + "<section><num>§ 2</num><content><p>Pilots board at the buoy.</p></content></section></body></act></akomaNtoso>");

        assertThat(draft.title()).isEqualTo("Harbour Act");
        assertThat(draft.points()).extracting(ParsedPoint::number).containsExactly("1", "2");
    }

    @Test
    void read_refusesRepeatedNumbersAndBodiesWithoutNumberedUnits() {
        DraftParseResult repeated = new DraftTextParser().parse("t.xml", ("<akomaNtoso xmlns=\"" + AkomaNtosoReader.AKN + "\"><act><body>"
                + "<article><num>Article 1</num><content><p>A.</p></content></article>"
                + "<article><num>Article 1</num><content><p>B.</p></content></article></body></act></akomaNtoso>")
                .getBytes(StandardCharsets.UTF_8));
        DraftParseResult empty = new DraftTextParser().parse("t.xml", ("<akomaNtoso xmlns=\"" + AkomaNtosoReader.AKN + "\"><act><body>"
                + "<article><content><p>No number.</p></content></article></body></act></akomaNtoso>").getBytes(StandardCharsets.UTF_8));

        assertThat(repeated).isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.expected()).contains("1 repeats"));
        assertThat(empty).isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.expected()).contains("numbered <article>"));
    }

    @Test
    void theParser_readsUsBillsAndLicencesByTheirNamespace() {
        ParsedDraft bill = parsed("<bill xmlns=\"" + UslmReader.USLM + "\"><main><section><num value=\"1\">Sec. 1.</num>"
                + "<content>This Act may be cited as the Harbour Act.</content></section></main></bill>");
        ParsedDraft licence = parsed("<SPDXLicenseCollection xmlns=\"" + SpdxLicenceReader.SPDX + "\"><license><text><list>"
                + "<item><bullet>1.</bullet>You may copy the work.</item></list></text></license></SPDXLicenseCollection>");

        assertThat(bill.points()).extracting(ParsedPoint::number).containsExactly("1");
        assertThat(licence.points()).extracting(ParsedPoint::text).anyMatch(t -> t.contains("You may copy the work."));
    }

    @Test
    void xmlOfAnotherKind_isRefusedNamingTheFormatsParleyReads() {
        DraftParseResult other = new DraftTextParser().parse("feed.xml", "<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8));
        DraftParseResult broken = new DraftTextParser().parse("broken.xml", "<akomaNtoso>\n<act>".getBytes(StandardCharsets.UTF_8));

        assertThat(other).isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.expected())
                .contains("Akoma Ntoso 3.0", "USLM", "SPDX License-XML", "not a document in no namespace"));
        assertThat(broken).isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.expected()).contains("well-formed XML"));
    }
}
