package org.parley.interchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a licence in SPDX License-XML as a draft whose points are its numbered list items. A
 * nested item's number is its bullet ("1.5.", "(a)", "Article 3 -") cleaned of dots, brackets,
 * a trailing dash or colon and a leading "Article", "Section", "Art." or "§" (in any case),
 * prefixed with its parent's number unless
 * the bullet already starts with it ("1.5.a", "3.2"); a bullet without
 * letters or digits (a dash) counts its place in the list instead ("1.3", or "x3" outside any
 * numbered item). An item's text leaves out its nested items. The SPDX License List publishes the
 * same text as HTML ({@code licenseTextHtml}), lists as {@code <ul>}, items as {@code <li>} and
 * bullets as a {@code <var>} opening the item; {@link #readHtml} reads that.
 */
public final class SpdxLicenceReader {

    static final String SPDX = "http://www.spdx.org/license";

    /** The names a licence text gives its items and lists, and how an item's bullet is found. */
    private record Markup(String item, String list, Function<Element, Element> bullet) {
    }

    private static final Markup LICENSE_XML = new Markup("item", "list", item -> SafeXml.child(item, "bullet"));
    private static final Markup LIST_HTML = new Markup("li", "ul", SpdxLicenceReader::openingVar);

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
            collect(LICENSE_XML, (Element) texts.item(0), "", points, new HashSet<>());
        }
        if (points.isEmpty()) {
            return new Malformed(sourceName, 1, "at least one <item> with a <bullet>");
        }
        NodeList licence = document.getElementsByTagNameNS(SPDX, "license");
        String title = licence.getLength() == 0 ? sourceName : ((Element) licence.item(0)).getAttribute("name");
        return new ParsedDraft(title, "", points);
    }

    /**
     * Reads the HTML text of a licence from the SPDX License List ({@code licenseTextHtml}), titled
     * {@code title}.
     */
    public static DraftParseResult readHtml(String sourceName, String title, String html) {
        SafeXml.Result result = SafeXml.parse(sourceName, ("<div>" + html + "</div>").getBytes(StandardCharsets.UTF_8));
        if (result instanceof SafeXml.Refused refused) {
            return refused.malformed();
        }
        var points = new ArrayList<ParsedPoint>();
        collect(LIST_HTML, ((SafeXml.Parsed) result).document().getDocumentElement(), "", points, new HashSet<>());
        if (points.isEmpty()) {
            return new Malformed(sourceName, 1, "at least one <li> opening with a bullet in <var>");
        }
        return new ParsedDraft(title, "", points);
    }

    /** The {@code <var>} an HTML list item opens with (after blank text and comments), its bullet, or null. */
    private static Element openingVar(Element item) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element.getLocalName().equals("var") ? element : null;
            }
            if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                return null;
            }
        }
        return null;
    }

    private static void collect(Markup markup, Element element, String parentNumber, List<ParsedPoint> points, Set<String> numbers) {
        int ordinal = 0;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element item)) {
                continue;
            }
            Element bullet = item.getLocalName().equals(markup.item()) ? markup.bullet().apply(item) : null;
            if (bullet == null) {
                collect(markup, item, parentNumber, points, numbers);
                continue;
            }
            ordinal++;
            String own = SafeXml.text(bullet, "").replaceAll("[-\u2013\u2014:().\\s]+$", "").replaceAll("^[(\\s]+|\\)", "")
                    .replaceFirst("(?i)^(?:Article|Section|Art\\.|\u00a7)\\s*(?=\\d)", "");
            if (!own.matches(".*[\\p{L}\\p{N}].*")) {
                own = (parentNumber.isEmpty() ? "x" : "") + ordinal;
            }
            String number = parentNumber.isEmpty() || own.startsWith(parentNumber + ".") ? own : parentNumber + "." + own;
            String unique = number;
            for (int copy = 2; !numbers.add(unique); copy++) {
                unique = number + "~" + copy;
            }
            String text = textWithoutNestedItems(markup, item, bullet);
            points.add(new ParsedPoint(unique, text, "", 1));
            collect(markup, item, unique, points, numbers);
        }
    }

    private static String textWithoutNestedItems(Markup markup, Element item, Element bullet) {
        var text = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element element && element != bullet && !element.getLocalName().equals(markup.list())) {
                text.append(' ').append(SafeXml.text(element, markup.list())).append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
