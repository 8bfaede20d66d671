package vn.loa.cap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * The sample alerts under {@code src/test/resources/cap/} with their {@code ${placeholders}} filled in, and signing
 * as a sender would: an enveloped XML Signature (RSA-SHA256, SHA-256 digest) over the whole alert.
 */
final class CapSamples {

    static final String SENDER = "canhbao@kttv-vietbac.gov.vn";
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CapSamples() {
    }

    static String load(final String name, final Map<String, String> vars) {
        try (InputStream in = CapSamples.class.getResourceAsStream("/cap/" + name)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> v : vars.entrySet()) {
                xml = xml.replace("${" + v.getKey() + "}", v.getValue());
            }
            return xml;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CAP date-time (seconds, an offset, never Z) in Hanoi time. */
    static String time(final Instant t) {
        return CAP_TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(7)));
    }

    static KeyPair rsa() {
        try {
            final KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicPem(final PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    static Document parse(final String xml) {
        try {
            final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs the alert as CAP 1.2 section 3.3.2.1 describes (enveloped), or without the enveloped transform. */
    static String sign(final String xml, final PrivateKey key, final boolean enveloped) {
        try {
            final Document doc = parse(xml);
            final XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
            final Reference ref = fac.newReference("", fac.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(fac.newTransform(enveloped ? Transform.ENVELOPED : CanonicalizationMethod.EXCLUSIVE,
                            (TransformParameterSpec) null)), null, null);
            final SignedInfo si = fac.newSignedInfo(fac.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE,
                    (C14NMethodParameterSpec) null), fac.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    List.of(ref));
            fac.newXMLSignature(si, null).sign(new DOMSignContext(key, doc.getDocumentElement()));
            final StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(final String xml, final PrivateKey key) {
        return sign(xml, key, true);
    }
}
