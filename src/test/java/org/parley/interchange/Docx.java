package org.parley.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word documents for tests, packed as Word packs them: the content types, the package
 * relationships, word/document.xml and word/numbering.xml (WordprocessingML, ECMA-376).
 */
public final class Docx {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private Docx() {}

    /** A paragraph with style {@code style} (or none), in list {@code numId} at level {@code ilvl} (or none). */
    public static String paragraph(String style, int numId, int ilvl, String text) {
        StringBuilder p = new StringBuilder("<w:p><w:pPr>");
        if (style != null) {
            p.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (numId > 0) {
            p.append("<w:numPr><w:ilvl w:val=\"").append(ilvl).append("\"/><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
        }
        return p.append("</w:pPr><w:r><w:t xml:space=\"preserve\">").append(text).append("</w:t></w:r></w:p>").toString();
    }

    /** Numbering with list 1 (decimal "%1.", lettered "(%2)" below) and list 2 (bullets). */
    public static String numbering() {
        return "<w:numbering " + W + ">"
                + "<w:abstractNum w:abstractNumId=\"10\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"20\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num>"
                + "</w:numbering>";
    }

    /** A .docx holding {@code paragraphs} and {@link #numbering()}. */
    public static byte[] of(String... paragraphs) {
        return pack("<w:document " + W + "><w:body>" + String.join("", paragraphs) + "</w:body></w:document>", numbering());
    }

    static byte[] pack(String document, String numbering) {
        return pack(document, numbering, null);
    }

    /** A .docx holding {@code paragraphs}, {@link #numbering()} and the styles part {@code styles}. */
    public static byte[] withStyles(String styles, String... paragraphs) {
        return pack("<w:document " + W + "><w:body>" + String.join("", paragraphs) + "</w:body></w:document>", numbering(), styles);
    }

    static byte[] pack(String document, String numbering, String styles) {
        var bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", document);
            if (numbering != null) {
                entry(zip, "word/numbering.xml", numbering);
            }
            if (styles != null) {
                entry(zip, "word/styles.xml", styles);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
