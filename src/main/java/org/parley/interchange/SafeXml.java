package org.parley.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** XML parsing that refuses DTDs, so no entity expansion and no external fetches are possible. */
final class SafeXml {

    private SafeXml() {
    }

    /** A parsed document, or a refusal naming the line. */
    sealed interface Result permits Parsed, Refused {
    }

    record Parsed(Document document) implements Result {
    }

    record Refused(Malformed malformed) implements Result {
    }

    static Result parse(String sourceName, byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new Parsed(builder.parse(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            return new Refused(new Malformed(sourceName, Math.max(1, e.getLineNumber()), "well-formed XML without a DTD (" + e.getMessage() + ")"));
        } catch (SAXException | IOException e) {
            return new Refused(new Malformed(sourceName, 1, "well-formed XML (" + e.getMessage() + ")"));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK parser supports these features", e);
        }
    }

    /** The text under {@code node} with runs of whitespace made single spaces, skipping {@code skipped} elements. */
    static String text(Node node, String skipped) {
        var text = new StringBuilder();
        appendText(node, skipped, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendText(Node node, String skipped, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element element && !element.getLocalName().equals(skipped)) {
                text.append(' ');
                appendText(element, skipped, text);
                text.append(' ');
            }
        }
    }

    /** The first child element of {@code parent} named {@code name}, or null. */
    static Element child(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}
