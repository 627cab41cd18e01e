package org.parley.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a US bill in USLM XML as a draft whose points are its sections: number from
 * {@code <num value>}, text from the whole section. Sections quoted inside amendments
 * ({@code quotedContent}) belong to other laws and are left out, as are sections without a number.
 */
public final class UslmReader {

    static final String USLM = "http://schemas.gpo.gov/xml/uslm";

    private UslmReader() {
    }

    public static DraftParseResult read(String sourceName, byte[] xml) {
        SafeXml.Result result = SafeXml.parse(sourceName, xml);
        if (result instanceof SafeXml.Refused refused) {
            return refused.malformed();
        }
        var document = ((SafeXml.Parsed) result).document();
        NodeList sections = document.getElementsByTagNameNS(USLM, "section");
        var points = new ArrayList<ParsedPoint>();
        var numbers = new HashSet<String>();
        for (int k = 0; k < sections.getLength(); k++) {
            Element section = (Element) sections.item(k);
            Element num = SafeXml.child(section, "num");
            if (quoted(section) || num == null || num.getAttribute("value").isBlank()) {
                continue;
            }
            String number = num.getAttribute("value").strip();
            if (!numbers.add(number)) {
                return new Malformed(sourceName, 1, "unique section numbers, but " + number + " repeats");
            }
            points.add(new ParsedPoint(number, SafeXml.text(section, ""), "", 1));
        }
        if (points.isEmpty()) {
            return new Malformed(sourceName, 1, "at least one numbered <section>");
        }
        Element title = first(document.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title"));
        return new ParsedDraft(title == null ? sourceName : SafeXml.text(title, ""), "", points);
    }

    private static boolean quoted(Element section) {
        for (Node up = section.getParentNode(); up instanceof Element element; up = up.getParentNode()) {
            if (element.getLocalName().equals("quotedContent")) {
                return true;
            }
        }
        return false;
    }

    private static Element first(NodeList nodes) {
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
