package io.upskillplanner.exchange.badges;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.upskillplanner.domain.ErrorText;
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
                            ErrorText.of("error.svg.entity", reader.getLocalName()));
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!sawSvg) {
                    if (!"svg".equals(reader.getLocalName())) {
                        throw new InputRejectedException(source, place(reader.getLocation()),
                                ErrorText.of("error.svg.root", reader.getLocalName()));
                    }
                    sawSvg = true;
                }
                if (found == null && "credential".equals(reader.getLocalName())
                        && OB3_NAMESPACE.equals(reader.getNamespaceURI())) {
                    ErrorText place = ErrorText.of("error.place.svgCredential", place(reader.getLocation()));
                    String verify = reader.getAttributeValue(null, "verify");
                    String text = reader.getElementText().strip();
                    if (text.isEmpty() && verify != null && verify.strip().startsWith("eyJ")) {
                        // OB 3.0 baking: a VC-JWT goes, as compact JWS, into the verify attribute.
                        text = verify.strip();
                        place = ErrorText.of("error.place.svgVerify", place(reader.getLocation()));
                    }
                    if (text.isEmpty()) {
                        throw new InputRejectedException(source, place, verify != null
                                ? ErrorText.of("error.svg.hostedOnly", verify) : ErrorText.of("error.svg.empty"));
                    }
                    // The place also prefixes the JSON pointers of what the element holds, so it stays in English words.
                    found = new Baked(text, place.english());
                }
            }
        } catch (XMLStreamException e) {
            throw new InputRejectedException(source, place(e.getLocation()), ErrorText.of("error.svg.notXml",
                    e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")), e);
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
            throw new InputRejectedException(source, null, ErrorText.of("error.svg.noBadge"));
        }
        return found;
    }

    private static ErrorText place(Location location) {
        return location == null ? null
                : ErrorText.of("error.place.line", location.getLineNumber(), location.getColumnNumber());
    }
}
