package dev.schemagate.server.tls;

import java.nio.file.Path;
import java.security.KeyStore;
import java.util.function.BiFunction;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The HTTPS connector that takes the place of the plain HTTP one when a certificate is configured. */
public final class HttpsConnector {
  private HttpsConnector() {}

  /** Reads the certificate and key now, so a wrong file stops the start with one clear message. */
  public static BiFunction<Server, HttpConfiguration, Connector> of(String host, int port, Path certificate, Path key) {
    KeyStore keyStore = PemKeyStore.load(certificate, key);
    return (server, http) -> {
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setKeyStore(keyStore);
      ssl.setKeyStorePassword(PemKeyStore.password());
      ssl.setKeyManagerPassword(PemKeyStore.password());
      // clients reach a registry by many names (an IP, a service name); the certificate check is theirs
      http.addCustomizer(new SecureRequestCustomizer(false));
      ServerConnector connector =
          new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
      connector.setHost(host);
      connector.setPort(port);
      return connector;
    };
  }
}
