package vn.loa.cap;

import java.security.PublicKey;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the XML Signature of a CAP alert (CAP 1.2 section 3.3.2.1) with the JDK's XML digital signature API: one
 * {@code ds:Signature}, a child of {@code alert}, with one enveloped reference to the whole document
 * ({@code URI=""}), verified against the trusted sender's key (the key in the message's {@code KeyInfo} is never
 * trusted) with secure validation on (no weak algorithms, bounded transforms and references).
 */
final class CapSignature {

    private CapSignature() {
    }

    /** Whether the document carries a signature at all. */
    static boolean present(final Document doc) {
        return doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").getLength() > 0;
    }

    /** @throws CapUntrusted {@code cap-bad-signature} unless the signature verifies with {@code key} */
    static void verify(final Document doc, final PublicKey key) {
        final NodeList signatures = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            throw bad("a CAP alert carries exactly one signature; this one carries " + signatures.getLength());
        }
        final Element element = (Element) signatures.item(0);
        if (element.getParentNode() != doc.getDocumentElement()) {
            throw bad("the signature must be a child of <alert>");
        }
        final DOMValidateContext context = new DOMValidateContext(
                javax.xml.crypto.KeySelector.singletonKeySelector(key), element);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            final XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            @SuppressWarnings("unchecked")
            final List<Reference> references = signature.getSignedInfo().getReferences();
            if (references.size() != 1 || !"".equals(references.get(0).getURI()) || !enveloped(references.get(0))) {
                throw bad("the signature must sign the whole alert: one enveloped reference with URI=\"\"");
            }
            if (!signature.validate(context)) {
                throw bad("the signature does not verify with the sender's key (the alert was altered or signed "
                        + "by another key)");
            }
        } catch (MarshalException | XMLSignatureException | ClassCastException e) {
            throw bad("the signature cannot be checked: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean enveloped(final Reference reference) {
        return ((List<Transform>) reference.getTransforms()).stream()
                .anyMatch(t -> Transform.ENVELOPED.equals(t.getAlgorithm()));
    }

    private static CapUntrusted bad(final String message) {
        final String m = message == null ? "" : message.replaceAll("\\s+", " ");
        return new CapUntrusted("cap-bad-signature", m.length() <= 300 ? m : m.substring(0, 300) + "…");
    }
}
