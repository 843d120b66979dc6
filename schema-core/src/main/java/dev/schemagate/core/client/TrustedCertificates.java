package dev.schemagate.core.client;

import dev.schemagate.core.SchemaGateException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificates a client trusts instead of the Java defaults, for a registry whose certificate a
 * private CA signed: a PEM file of CA certificates, or a PKCS#12 or JKS trust store.
 */
final class TrustedCertificates {
  private TrustedCertificates() {}

  static SSLContext sslContext(Path file, char[] password) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SchemaGateException("The registry's CA file " + file + " cannot be read: " + e.getMessage());
    }
    try {
      KeyStore trusted = isPem(bytes) ? pemStore(file, bytes) : trustStore(file, password);
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new SchemaGateException("The registry's CA file " + file + " cannot be used: " + e.getMessage());
    }
  }

  private static boolean isPem(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----");
  }

  private static KeyStore pemStore(Path file, byte[] bytes) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    int index = 0;
    for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
      store.setCertificateEntry("ca-" + index++, certificate);
    }
    if (index == 0) {
      throw new SchemaGateException("The registry's CA file " + file + " holds no certificate.");
    }
    return store;
  }

  private static KeyStore trustStore(Path file, char[] password) throws GeneralSecurityException {
    try {
      return KeyStore.getInstance(file.toFile(), password);
    } catch (IOException e) {
      throw new SchemaGateException("The registry's CA file " + file + " is neither PEM certificates nor a PKCS#12 or JKS"
          + " trust store that opens with the password given: " + e.getMessage());
    }
  }
}
