package io.upskillplanner.exchange.badges;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.upskillplanner.domain.InputRejectedException;

/**
 * Reads the credential baked into an SVG ({@code <openbadges:credential>} in the Open Badges 3.0
 * namespace). The XML parser reads no DTD and resolves no external entity: badge files come from
 * anywhere.
 */
final class BakedSvg {

    static final String OB3_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";

    record Baked(String text, String place) {
    }

    private BakedSvg() {
    }

    static boolean looksLikeBadgeSvg(String head) {
        return head.contains("<svg") && head.contains(OB3_NAMESPACE);
    }

    static Baked read(String xml, String source) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLStreamReader reader = null;
        Baked found = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            boolean sawSvg = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InputRejectedException(source, place(reader.getLocation()),
                            "uses the entity &" + reader.getLocalName() + "; which badge SVGs must not use");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!sawSvg) {
                    if (!"svg".equals(reader.getLocalName())) {
                        throw new InputRejectedException(source, place(reader.getLocation()),
                                "has the root element <" + reader.getLocalName() + ">, not <svg>");
                    }
                    sawSvg = true;
                }
                if (found == null && "credential".equals(reader.getLocalName())
                        && OB3_NAMESPACE.equals(reader.getNamespaceURI())) {
                    String place = place(reader.getLocation()) + ", <openbadges:credential>";
                    String verify = reader.getAttributeValue(null, "verify");
                    String text = reader.getElementText().strip();
                    if (text.isEmpty() && verify != null && verify.strip().startsWith("eyJ")) {
                        // OB 3.0 baking: a VC-JWT goes, as compact JWS, into the verify attribute.
                        text = verify.strip();
                        place += " verify attribute";
                    }
                    if (text.isEmpty()) {
                        throw new InputRejectedException(source, place, verify != null
                                ? "holds only the address " + verify + " of a hosted credential, which would have"
                                        + " to be fetched online"
                                : "is empty");
                    }
                    found = new Baked(text, place);
                }
            }
        } catch (XMLStreamException e) {
            throw new InputRejectedException(source, place(e.getLocation()), "is not well-formed XML: "
                    + e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Closing a string reader cannot fail in a way that matters here.
                }
            }
        }
        if (found == null) {
            throw new InputRejectedException(source, null,
                    "is an SVG image without a baked Open Badges 3.0 credential (<openbadges:credential>)");
        }
        return found;
    }

    private static String place(Location location) {
        return location == null ? null : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
