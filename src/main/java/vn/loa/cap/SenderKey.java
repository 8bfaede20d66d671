package vn.loa.cap;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trusted sender's key, from PEM: an X.509 certificate ({@code BEGIN CERTIFICATE}) or a bare public key
 * ({@code BEGIN PUBLIC KEY}, SubjectPublicKeyInfo), RSA or EC. A certificate is checked for its validity period at
 * each use; a bare key has none. Validated in {@link #parse}: no invalid key exists after that line.
 */
record SenderKey(PublicKey key, X509Certificate certificate, String sha256) {

    /** Longest PEM accepted, in characters (a 4096-bit RSA certificate is about 2,000). */
    static final int MAX_PEM = 8000;

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (CERTIFICATE|PUBLIC KEY)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    /** @throws CapRefusal {@code invalid-sender-key} */
    static SenderKey parse(final String pem) {
        if (pem == null || pem.isBlank() || pem.length() > MAX_PEM) {
            throw invalid("give a PEM certificate or public key of at most " + MAX_PEM + " characters");
        }
        final Matcher m = PEM.matcher(pem.strip());
        if (!m.matches()) {
            throw invalid("the key must be one PEM block: BEGIN CERTIFICATE or BEGIN PUBLIC KEY");
        }
        final byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw invalid("the PEM body is not base64");
        }
        final String sha256 = sha256(der);
        if ("CERTIFICATE".equals(m.group(1))) {
            try {
                final X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der));
                return new SenderKey(cert.getPublicKey(), cert, sha256);
            } catch (CertificateException | ClassCastException e) {
                throw invalid("the certificate cannot be read: " + e.getMessage());
            }
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return new SenderKey(KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der)),
                        null, sha256);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw invalid("the public key is neither RSA nor EC");
    }

    String algorithm() {
        return key.getAlgorithm();
    }

    /** @throws CapUntrusted {@code cap-sender-certificate-expired} outside the certificate's validity */
    PublicKey keyAt(final Instant now) {
        if (certificate != null) {
            try {
                certificate.checkValidity(Date.from(now));
            } catch (CertificateException e) {
                throw new CapUntrusted("cap-sender-certificate-expired", "the sender's certificate is not valid now "
                        + "(" + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant()
                        + ")");
            }
        }
        return key;
    }

    private static String sha256(final byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CapRefusal invalid(final String message) {
        return new CapRefusal("invalid-sender-key", message + " / khoá công khai không hợp lệ");
    }
}
