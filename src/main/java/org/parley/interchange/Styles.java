package org.parley.interchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The paragraph styles of a Word document (word/styles.xml) as far as drafts need them: which
 * are headings, and which carry numbering, following each style's {@code basedOn} chain. Styles
 * are told apart by their built-in names ("heading 1", "Title"), which Word keeps in English
 * whatever the language of the ids.
 */
final class Styles {
    private static final int MAX_CHAIN = 20;

    /** One style: its built-in name, its parent, its numbering properties if it has any. */
    private record Style(String name, String basedOn, Element numPr) {}

    private final Map<String, Style> byId = new HashMap<>();

    /** The styles of a document from its styles part; none when the document has none (null). */
    static Styles of(Document document) {
        Styles styles = new Styles();
        if (document == null) {
            return styles;
        }
        NodeList all = document.getElementsByTagNameNS(DocxReader.WORD, "style");
        for (int k = 0; k < all.getLength(); k++) {
            Element style = (Element) all.item(k);
            styles.byId.put(DocxReader.attribute(style, "styleId"), new Style(
                    DocxReader.attribute(DocxReader.child(style, "name"), "val").toLowerCase(Locale.ROOT),
                    DocxReader.attribute(DocxReader.child(style, "basedOn"), "val"),
                    DocxReader.child(DocxReader.child(style, "pPr"), "numPr")));
        }
        return styles;
    }

    /** Whether paragraphs of the style are headings: a heading or title style, or one based on one. */
    boolean isHeading(String styleId) {
        String id = styleId;
        for (int depth = 0; depth < MAX_CHAIN && !id.isEmpty(); depth++) {
            Style style = byId.get(id);
            String name = style == null ? id.toLowerCase(Locale.ROOT) : style.name();
            if (name.startsWith("heading") || name.equals("title")) {
                return true;
            }
            if (style == null) {
                return false;
            }
            id = style.basedOn();
        }
        return false;
    }

    /** The numbering properties paragraphs of the style inherit, or null. */
    Element numbering(String styleId) {
        String id = styleId;
        for (int depth = 0; depth < MAX_CHAIN && !id.isEmpty(); depth++) {
            Style style = byId.get(id);
            if (style == null) {
                return null;
            }
            if (style.numPr() != null) {
                return style.numPr();
            }
            id = style.basedOn();
        }
        return null;
    }
}
