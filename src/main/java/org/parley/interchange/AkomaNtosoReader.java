package org.parley.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a document in Akoma Ntoso 3.0 (OASIS LegalDocML) as a draft. Its points are the articles
 * of the body, or its sections when it has no articles; an article with numbered paragraphs gives
 * one point per paragraph ({@code 7.2}), as an article without them gives one. Numbers come from
 * {@code <num>} without their label ("Article 7." is {@code 7}, "(2)" is {@code 2}); the heading
 * of the enclosing chapter or part becomes the point's section. Structures quoted inside
 * amendments ({@code quotedStructure}, {@code mod}) belong to another text and are left out. The
 * title is the {@code docTitle}, else the work's {@code FRBRname}; the preamble is kept.
 */
public final class AkomaNtosoReader {

    static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final Pattern LABEL = Pattern.compile("^(?i)(article|art\\.?|section|sec\\.?|§+|paragraph|para\\.?)\\s*");
    private static final Set<String> QUOTING = Set.of("quotedStructure", "quotedText", "mod", "embeddedStructure");
    private static final Set<String> DIVISIONS = Set.of("part", "chapter", "title", "book", "division", "subchapter");

    private AkomaNtosoReader() {
    }

    public static DraftParseResult read(String sourceName, byte[] xml) {
        SafeXml.Result result = SafeXml.parse(sourceName, xml);
        if (result instanceof SafeXml.Refused refused) {
            return refused.malformed();
        }
        Document document = ((SafeXml.Parsed) result).document();
        List<Element> units = own(document.getElementsByTagNameNS(AKN, "article"));
        if (units.isEmpty()) {
            units = own(document.getElementsByTagNameNS(AKN, "section"));
        }
        var points = new ArrayList<ParsedPoint>();
        var numbers = new HashSet<String>();
        for (Element unit : units) {
            String number = number(unit);
            if (number.isEmpty()) {
                continue;
            }
            String section = division(unit);
            List<Element> paragraphs = numberedParagraphs(unit);
            Element heading = SafeXml.child(unit, "heading");
            String title = heading == null ? "" : SafeXml.text(heading, "");
            String headed = title.isEmpty() ? "" : title + ". ";
            if (paragraphs.isEmpty()) {
                String text = SafeXml.text(unit, "num");
                String body = !title.isEmpty() && text.startsWith(title) ? text.substring(title.length()).strip() : text;
                points.add(new ParsedPoint(number, headed + body, section, 1));
                continue;
            }
            for (int k = 0; k < paragraphs.size(); k++) {
                String text = SafeXml.text(paragraphs.get(k), "num");
                points.add(new ParsedPoint(number + "." + number(paragraphs.get(k)), (k == 0 ? headed : "") + text, section, 1));
            }
        }
        for (ParsedPoint point : points) {
            if (!numbers.add(point.number())) {
                return new Malformed(sourceName, 1, "unique article numbers, but " + point.number() + " repeats");
            }
        }
        if (points.isEmpty()) {
            return new Malformed(sourceName, 1, "at least one numbered <article> or <section> in the Akoma Ntoso body");
        }
        Element preamble = first(document.getElementsByTagNameNS(AKN, "preamble"));
        return new ParsedDraft(title(document, sourceName), preamble == null ? "" : SafeXml.text(preamble, ""), points);
    }

    private static String title(Document document, String sourceName) {
        Element docTitle = first(document.getElementsByTagNameNS(AKN, "docTitle"));
        if (docTitle != null && !SafeXml.text(docTitle, "").isEmpty()) {
            return SafeXml.text(docTitle, "");
        }
        Element name = first(document.getElementsByTagNameNS(AKN, "FRBRname"));
        return name != null && !name.getAttribute("value").isBlank() ? name.getAttribute("value").strip() : sourceName;
    }

    /** The units that belong to this text, not to a text it quotes. */
    private static List<Element> own(NodeList nodes) {
        var own = new ArrayList<Element>();
        for (int k = 0; k < nodes.getLength(); k++) {
            Element element = (Element) nodes.item(k);
            if (!quoted(element)) {
                own.add(element);
            }
        }
        return own;
    }

    private static boolean quoted(Element element) {
        for (Node up = element.getParentNode(); up instanceof Element parent; up = up.getParentNode()) {
            if (QUOTING.contains(parent.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs of the unit that carry a number, in order: the unit's own, not its items' items. */
    private static List<Element> numberedParagraphs(Element unit) {
        var paragraphs = new ArrayList<Element>();
        for (Node child = unit.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals("paragraph") && !number(element).isEmpty()) {
                paragraphs.add(element);
            }
        }
        return paragraphs;
    }

    /** The unit's number without its label and punctuation: "Article 7." gives 7, "(2)" gives 2. */
    private static String number(Element unit) {
        Element num = SafeXml.child(unit, "num");
        if (num == null) {
            return "";
        }
        String label = LABEL.matcher(SafeXml.text(num, "")).replaceFirst("");
        return label.replaceAll("[()\\[\\]]", "").replaceAll("[.:]+$", "").strip().replaceAll("\\s+", "");
    }

    /** "Chapter II Water quality": the number and heading of the division the unit sits in, or "". */
    private static String division(Element unit) {
        for (Node up = unit.getParentNode(); up instanceof Element parent; up = up.getParentNode()) {
            if (DIVISIONS.contains(parent.getLocalName())) {
                Element num = SafeXml.child(parent, "num");
                Element heading = SafeXml.child(parent, "heading");
                return ((num == null ? "" : SafeXml.text(num, "")) + " " + (heading == null ? "" : SafeXml.text(heading, ""))).strip();
            }
        }
        return "";
    }

    private static Element first(NodeList nodes) {
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
