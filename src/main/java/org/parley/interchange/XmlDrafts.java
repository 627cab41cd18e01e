package org.parley.interchange;

/**
 * Reads a draft in one of the legal XML formats Parley knows, chosen by the namespace of the
 * document's root: Akoma Ntoso 3.0, USLM (US bills) or SPDX License-XML. Every one is parsed
 * without DTDs or external entities.
 */
public final class XmlDrafts {

    private XmlDrafts() {
    }

    public static DraftParseResult read(String sourceName, byte[] xml) {
        SafeXml.Result result = SafeXml.parse(sourceName, xml);
        if (result instanceof SafeXml.Refused refused) {
            return refused.malformed();
        }
        String namespace = ((SafeXml.Parsed) result).document().getDocumentElement().getNamespaceURI();
        if (AkomaNtosoReader.AKN.equals(namespace)) {
            return AkomaNtosoReader.read(sourceName, xml);
        }
        if (UslmReader.USLM.equals(namespace)) {
            return UslmReader.read(sourceName, xml);
        }
        if (SpdxLicenceReader.SPDX.equals(namespace)) {
            return SpdxLicenceReader.read(sourceName, xml);
        }
        return new Malformed(sourceName, 1, "an XML draft in Akoma Ntoso 3.0 (" + AkomaNtosoReader.AKN + "), USLM ("
                + UslmReader.USLM + ") or SPDX License-XML, not a document in "
                + (namespace == null ? "no namespace" : namespace));
    }
}
