package dev.schemagate.server.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key store in memory from a PEM certificate chain and a PEM private key (unencrypted PKCS#8,
 * {@code BEGIN PRIVATE KEY}), as certbot, cert-manager and openssl write them.
 */
public final class PemKeyStore {
  static final char[] PASSWORD = "in-memory".toCharArray();
  private static final Pattern PRIVATE_KEY =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

  private PemKeyStore() {}

  public static KeyStore load(Path certificateFile, Path keyFile) {
    Certificate[] chain = certificates(certificateFile);
    PrivateKey key = privateKey(keyFile);
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", key, PASSWORD, chain);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("The TLS key " + keyFile + " does not belong with the certificate "
          + certificateFile + ": " + e.getMessage());
    }
  }

  /** Every certificate of a PEM file, the server's first. */
  public static Certificate[] certificates(Path file) {
    try {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)));
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("The certificate file " + file + " holds no certificate.");
      }
      return certificates.toArray(Certificate[]::new);
    } catch (IOException e) {
      throw new IllegalArgumentException("The certificate file " + file + " cannot be read: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("The certificate file " + file + " is not a PEM certificate: " + e.getMessage());
    }
  }

  private static PrivateKey privateKey(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException("The TLS key file " + file + " cannot be read: " + e.getMessage());
    }
    Matcher matcher = PRIVATE_KEY.matcher(text);
    if (!matcher.find()) {
      throw new IllegalArgumentException("The TLS key file " + file + " holds no unencrypted PKCS#8 key (BEGIN PRIVATE KEY);"
          + " convert it with: openssl pkcs8 -topk8 -nocrypt -in " + file.getFileName() + " -out key.pem");
    }
    byte[] der = Base64.getMimeDecoder().decode(matcher.group(1));
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new IllegalArgumentException("The TLS key file " + file + " holds a key that is not RSA, EC or Ed25519.");
  }

  /** The password of the in-memory store's key entry. */
  public static String password() {
    return new String(PASSWORD);
  }
}
