package dev.schemagate.core.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private CA and a server certificate it signed for 127.0.0.1, made with the JDK's keytool for
 * one test run, as PEM files: what a registry behind TLS and its clients are given.
 *
 * @param caCertificate the CA's certificate: what a client trusts
 * @param serverCertificate the server's certificate chain (server, then CA)
 * @param serverKey the server's private key, PKCS#8
 */
public record TestCertificates(Path caCertificate, Path serverCertificate, Path serverKey) {
  private static final String PASSWORD = "test-only";

  /** Makes the CA and the server certificate in {@code folder}. */
  public static TestCertificates create(Path folder) {
    Path ca = folder.resolve("ca.p12");
    Path server = folder.resolve("server.p12");
    keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=SchemaGate Test CA",
        "-ext", "bc:c", "-validity", "2", "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
    keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
        "-validity", "2", "-keystore", server.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
    Path request = folder.resolve("server.csr");
    keytool("-certreq", "-alias", "server", "-keystore", server.toString(), "-storepass", PASSWORD, "-file", request.toString());
    Path signed = folder.resolve("server-signed.pem");
    keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", PASSWORD, "-infile", request.toString(),
        "-outfile", signed.toString(), "-rfc", "-validity", "2", "-ext", "san=ip:127.0.0.1,dns:localhost");
    Path caPem = folder.resolve("ca.pem");
    keytool("-exportcert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", PASSWORD, "-rfc", "-file", caPem.toString());
    try {
      Path chain = folder.resolve("server.pem");
      Files.writeString(chain, Files.readString(signed) + Files.readString(caPem));
      KeyStore store = KeyStore.getInstance(server.toFile(), PASSWORD.toCharArray());
      byte[] key = store.getKey("server", PASSWORD.toCharArray()).getEncoded();
      Path keyPem = folder.resolve("server-key.pem");
      Files.writeString(keyPem, "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key)
          + "\n-----END PRIVATE KEY-----\n");
      return new TestCertificates(caPem, chain, keyPem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void keytool(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(args));
    command.add("-noprompt");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (InputStream output = process.getInputStream()) {
        String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
          throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
