package org.parley.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.interchange.Docx.paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Word documents through the parser every import uses: Word's automatic numbering becomes the points' numbers. */
class DocxReaderTest {

    private static DraftParseResult parse(byte[] docx) {
        return new DraftTextParser().parse("plan.docx", docx);
    }

    @Test
    void read_numbersPointsAsWordShowsThem() {
        byte[] docx = Docx.of(
                paragraph("Title", 0, 0, "Framework for peace"),
                paragraph(null, 0, 0, "The parties agree as follows."),
                paragraph("Heading1", 0, 0, "Security"),
                paragraph(null, 1, 0, "A ceasefire along the line of contact."),
                paragraph(null, 1, 0, "Guarantees, which cover:"),
                paragraph(null, 1, 1, "air defence;"),
                paragraph(null, 1, 1, "a monitoring mission."),
                paragraph(null, 1, 0, "Talks on territory."),
                paragraph(null, 0, 0, "They begin within a month."),
                paragraph(null, 2, 0, "with observers present."),
                paragraph(null, 0, 0, "7. A point typed with its number."));

        ParsedDraft draft = (ParsedDraft) parse(docx);

        assertThat(draft.title()).isEqualTo("Framework for peace");
        assertThat(draft.preamble()).contains("The parties agree as follows.");
        assertThat(draft.points()).extracting(ParsedPoint::number).containsExactly("1", "2", "2.a", "2.b", "3", "7");
        assertThat(draft.points().get(4).text()).contains("Talks on territory.", "They begin within a month.", "with observers present.");
        assertThat(draft.points().get(0).section()).isEqualTo("Security");
    }

    @Test
    void read_takesNumberingAndHeadingsFromStylesWhateverTheLanguageOfTheirIds() {
        String styles = "<w:styles " + Docx.W + ">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"KlauselBasis\"><w:name w:val=\"Klausel Basis\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Klausel\"><w:name w:val=\"Klausel\"/><w:basedOn w:val=\"KlauselBasis\"/></w:style>"
                + "</w:styles>";
        byte[] docx = Docx.withStyles(styles,
                paragraph("berschrift1", 0, 0, "Waffenruhe"),
                paragraph("Klausel", 0, 0, "Die Parteien vereinbaren eine Waffenruhe."),
                paragraph("Klausel", 0, 0, "Gefangene werden ausgetauscht."));

        ParsedDraft draft = (ParsedDraft) parse(docx);

        assertThat(draft.title()).isEqualTo("Waffenruhe");
        assertThat(draft.points()).extracting(ParsedPoint::number).containsExactly("1", "2");
    }

    @Test
    void read_countsListsOnOneAbstractListOnAndRestartsWhereAListOverridesALevel() {
        // Lists 1, 3 and 4 share abstract list 10: list 3 counts on from list 1 as Word does, list 4
        // restarts level 0 at 10 and redefines level 1 as roman numerals starting at iv.
        String numbering = Docx.numbering().replace("</w:numbering>", ""
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"10\"/></w:num>"
                + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"10\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride>"
                + "<w:lvlOverride w:ilvl=\"1\"><w:lvl w:ilvl=\"1\"><w:start w:val=\"4\"/><w:numFmt w:val=\"lowerRoman\"/>"
                + "<w:lvlText w:val=\"(%2)\"/></w:lvl></w:lvlOverride></w:num>"
                + "</w:numbering>");
        String document = "<w:document " + Docx.W + "><w:body>"
                + paragraph(null, 1, 0, "Ceasefire.")
                + paragraph(null, 1, 0, "Prisoners.")
                + paragraph(null, 0, 0, "An interlude without a number.")
                + paragraph(null, 3, 0, "Elections.")
                + paragraph(null, 3, 1, "within 100 days;")
                + paragraph(null, 4, 0, "Reconstruction.")
                + paragraph(null, 4, 1, "a development fund;")
                + paragraph(null, 4, 1, "reconstruction funds.")
                + paragraph(null, 4, 0, "Monitoring.")
                + "</w:body></w:document>";

        ParsedDraft draft = (ParsedDraft) parse(Docx.pack(document, numbering));

        assertThat(draft.points()).extracting(ParsedPoint::number)
                .containsExactly("1", "2", "3", "3.a", "10", "10.iv", "10.v", "11");
    }

    @Test
    void read_refusesAnArchiveWithoutADocumentAndRepeatedNumbersByParagraph() throws IOException {
        var notWord = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(notWord)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        DraftParseResult repeated = parse(Docx.of(paragraph(null, 0, 0, "1. One."), paragraph(null, 0, 0, "1. Again.")));

        assertThat(parse(notWord.toByteArray())).isInstanceOfSatisfying(Malformed.class,
                m -> assertThat(m.expected()).contains("holding word/document.xml"));
        assertThat(repeated).isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.line()).isEqualTo(2));
    }

    @Test
    void read_refusesAPartThatUnpacksBeyondTheLimitWithoutRunningOutOfMemory() throws IOException {
        var bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int k = 0; k < 65; k++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }

        assertThat(bomb.size()).as("a small archive").isLessThan(1 << 20);
        assertThat(parse(bomb.toByteArray())).isInstanceOfSatisfying(Malformed.class,
                m -> assertThat(m.expected()).contains("unpacks to more than 64 MB"));
    }

    @Test
    void read_refusesADocumentWithADtd() {
        byte[] hostile = Docx.pack("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><w:document " + Docx.W
                + "><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>", null);

        assertThat(parse(hostile)).isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.expected()).contains("without a DTD"));
    }
}
