package org.parley.interchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a Word document (.docx, Office Open XML) as a draft. Each paragraph becomes a line of the
 * numbered text format: a paragraph under Word's automatic numbering gets the number Word shows
 * ({@code 3.}, {@code 3.2}, or {@code 3.a} for an item lettered under point 3), whether the
 * numbering is set on the paragraph or on its style; a paragraph whose text starts with a typed
 * number keeps it; headings (by the style's built-in name, whatever the language of the styles'
 * ids) become section titles; other paragraphs continue the point before them. Refusals name the paragraph as the line. The package is read
 * within limits (entries, unpacked size) so that a crafted archive cannot exhaust memory.
 */
public final class DocxReader {

    static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    private DocxReader() {
    }

    /** Whether {@code content} starts as a zip archive does. */
    static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    public static DraftParseResult read(String sourceName, byte[] docx) {
        Map<String, byte[]> parts;
        try {
            parts = parts(docx);
        } catch (IOException | IllegalStateException e) {
            return new Malformed(sourceName, 0, "a readable Word document (.docx): " + e.getMessage());
        }
        byte[] body = parts.get("word/document.xml");
        if (body == null) {
            return new Malformed(sourceName, 0, "a Word document (.docx) holding word/document.xml");
        }
        SafeXml.Result document = SafeXml.parse(sourceName, body);
        if (document instanceof SafeXml.Refused refused) {
            return refused.malformed();
        }
        Document[] optional = new Document[2];
        String[] names = {"word/numbering.xml", "word/styles.xml"};
        for (int k = 0; k < names.length; k++) {
            byte[] part = parts.get(names[k]);
            if (part != null) {
                if (SafeXml.parse(sourceName, part) instanceof SafeXml.Parsed parsed) {
                    optional[k] = parsed.document();
                } else {
                    return new Malformed(sourceName, 0, names[k] + " as well-formed XML without a DTD");
                }
            }
        }
        Numbering numbering = Numbering.of(optional[0]);
        Styles styles = Styles.of(optional[1]);
        String text = text(((SafeXml.Parsed) document).document(), numbering, styles);
        return DraftTextParser.readNumberedText(sourceName, text);
    }

    /** The parts Parley reads, unpacked within the limits. */
    private static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new IllegalStateException("more than " + MAX_ENTRIES + " parts");
                }
                String name = entry.getName();
                if (name.equals("word/document.xml") || name.equals("word/numbering.xml") || name.equals("word/styles.xml")) {
                    parts.put(name, bounded(zip, name));
                }
            }
        }
        return parts;
    }

    private static byte[] bounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_PART_BYTES) {
                throw new IllegalStateException(name + " unpacks to more than " + MAX_PART_BYTES / (1024 * 1024) + " MB");
            }
        }
        return out.toByteArray();
    }

    /** The document's paragraphs as lines of the numbered text format. */
    private static String text(Document document, Numbering numbering, Styles styles) {
        StringBuilder lines = new StringBuilder();
        NodeList paragraphs = document.getElementsByTagNameNS(WORD, "p");
        for (int k = 0; k < paragraphs.getLength(); k++) {
            Element paragraph = (Element) paragraphs.item(k);
            String words = words(paragraph).replaceAll("\\s+", " ").strip();
            Element properties = child(paragraph, "pPr");
            String style = attribute(child(properties, "pStyle"), "val");
            Element numPr = child(properties, "numPr");
            String number = numbering.next(numPr != null ? numPr : styles.numbering(style));
            if (styles.isHeading(style)) {
                lines.append("# ").append(words);
            } else if (number != null) {
                lines.append(number).append(". ").append(words);
            } else {
                lines.append(words);
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    /** The text of a paragraph's runs: tabs and breaks as spaces. */
    private static String words(Element paragraph) {
        StringBuilder text = new StringBuilder();
        NodeList nodes = paragraph.getElementsByTagNameNS(WORD, "*");
        for (int k = 0; k < nodes.getLength(); k++) {
            Element element = (Element) nodes.item(k);
            switch (element.getLocalName()) {
                case "t" -> text.append(element.getTextContent());
                case "tab", "br", "cr" -> text.append(' ');
                default -> { }
            }
        }
        return text.toString();
    }

    /** The first child element of {@code parent} in the WordprocessingML namespace named {@code name}; null when none (or no parent). */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The child elements of {@code parent} in the WordprocessingML namespace named {@code name}, in order. */
    static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && WORD.equals(element.getNamespaceURI()) && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static String attribute(Element element, String name) {
        return element == null ? "" : element.getAttributeNS(WORD, name);
    }
}
