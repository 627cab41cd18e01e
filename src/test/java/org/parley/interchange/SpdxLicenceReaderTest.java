package org.parley.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Licences in the HTML of the SPDX License List, from a small licence written for the test. */
class SpdxLicenceReaderTest {

    private static final String HTML = """
            <div class="optional-license-text"><p>Orchard Licence, version 2</p></div>
            <p>Read these terms before planting.</p>
            <ul style="list-style:none">
              <li><var class="replaceable-license-text"> 1.</var> Definitions
                <ul style="list-style:none">
                  <li><var class="replaceable-license-text"> a)</var> &quot;Plan&quot; means the drawings of the
                    <var class="replaceable-license-text">Licensor</var> orchard;</li>
                  <li><var class="replaceable-license-text"> b)</var> &quot;You&quot; means the grower.</li>
                </ul>
                <p>Words not defined here keep their usual sense.</p>
              </li>
              <li>
                <ul style="list-style:none">
                  <li><var class="replaceable-license-text"> 2.</var> You may plant the plan in any field.</li>
                </ul>
              </li>
              <li>An item without a bullet is no point of its own.</li>
            </ul>
            """;

    @Test
    void readHtml_takesTheItemsOpenedByABulletAsPoints() {
        ParsedDraft licence = (ParsedDraft) SpdxLicenceReader.readHtml("ORCHARD-2", "Orchard Licence 2", HTML);

        assertThat(licence.title()).isEqualTo("Orchard Licence 2");
        assertThat(licence.points()).extracting(ParsedPoint::number).containsExactly("1", "1.a", "1.b", "2");
        assertThat(licence.points()).extracting(ParsedPoint::text).containsExactly(
                "Definitions Words not defined here keep their usual sense.",
                "\"Plan\" means the drawings of the Licensor orchard;",
                "\"You\" means the grower.",
                "You may plant the plan in any field.");
    }

    @Test
    void readHtml_numbersArticlesAndDashedBulletsByTheirNumbersAlone() {
        String html = "<ul><li><var>Article 3 -</var> Rights granted<ul>"
                + "<li><var>3.1 -</var> The right to plant.</li><li><!-- sold --><var>3.2 \u2013</var> The right to sell.</li></ul></li>"
                + "<li><var>ARTICLE 4:</var> Duties</li></ul>";

        ParsedDraft licence = (ParsedDraft) SpdxLicenceReader.readHtml("ORCHARD-3", "Orchard Licence 3", html);

        assertThat(licence.points()).extracting(ParsedPoint::number).containsExactly("3", "3.1", "3.2", "4");
    }

    @Test
    void readHtml_refusesBrokenMarkupAndAListWithoutBullets() {
        DraftParseResult broken = SpdxLicenceReader.readHtml("BROKEN", "Broken", "<ul><li>one\n</ul>");
        DraftParseResult bare = SpdxLicenceReader.readHtml("BARE", "Bare", "<p>Permission is granted.</p><ul><li>No bullet.</li></ul>");

        assertThat(broken).isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.message()).startsWith("BROKEN:2: expected well-formed XML"));
        assertThat(bare).isEqualTo(new Malformed("BARE", 1, "at least one <li> opening with a bullet in <var>"));
    }
}
