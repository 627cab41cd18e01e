package org.parley.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a licence in SPDX License-XML as a draft whose points are its numbered list items. A
 * nested item's number is its bullet ("1.5.", "(a)") cleaned of dots and brackets, prefixed with
 * its parent's number unless the bullet already starts with it ("1.5.a", "3.2"); a bullet without
 * letters or digits (a dash) counts its place in the list instead ("1.3", or "x3" outside any
 * numbered item). An item's text leaves out its nested items.
 */
public final class SpdxLicenceReader {

    static final String SPDX = "http://www.spdx.org/license";

    private SpdxLicenceReader() {
    }

    public static DraftParseResult read(String sourceName, byte[] xml) {
        SafeXml.Result result = SafeXml.parse(sourceName, xml);
        if (result instanceof SafeXml.Refused refused) {
            return refused.malformed();
        }
        var document = ((SafeXml.Parsed) result).document();
        var points = new ArrayList<ParsedPoint>();
        NodeList texts = document.getElementsByTagNameNS(SPDX, "text");
        if (texts.getLength() > 0) {
            collect((Element) texts.item(0), "", points, new HashSet<>());
        }
        if (points.isEmpty()) {
            return new Malformed(sourceName, 1, "at least one <item> with a <bullet>");
        }
        NodeList licence = document.getElementsByTagNameNS(SPDX, "license");
        String title = licence.getLength() == 0 ? sourceName : ((Element) licence.item(0)).getAttribute("name");
        return new ParsedDraft(title, "", points);
    }

    private static void collect(Element element, String parentNumber, List<ParsedPoint> points, Set<String> numbers) {
        int ordinal = 0;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element item)) {
                continue;
            }
            Element bullet = item.getLocalName().equals("item") ? SafeXml.child(item, "bullet") : null;
            if (bullet == null) {
                collect(item, parentNumber, points, numbers);
                continue;
            }
            ordinal++;
            String own = SafeXml.text(bullet, "").replaceAll("[().\\s]+$", "").replaceAll("^[(\\s]+|\\)", "");
            if (!own.matches(".*[\\p{L}\\p{N}].*")) {
                own = (parentNumber.isEmpty() ? "x" : "") + ordinal;
            }
            String number = parentNumber.isEmpty() || own.startsWith(parentNumber + ".") ? own : parentNumber + "." + own;
            String unique = number;
            for (int copy = 2; !numbers.add(unique); copy++) {
                unique = number + "~" + copy;
            }
            String text = textWithoutNestedItems(item);
            points.add(new ParsedPoint(unique, text, "", 1));
            collect(item, unique, points, numbers);
        }
    }

    private static String textWithoutNestedItems(Element item) {
        var text = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element element && !element.getLocalName().equals("bullet")
                    && !element.getLocalName().equals("list")) {
                text.append(' ').append(SafeXml.text(element, "list")).append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
