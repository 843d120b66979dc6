package dev.schemagate.core.client;

import dev.schemagate.core.SchemaGateException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link RegistryClient} reaches its registry: the base URL, optional credentials (basic auth
 * or a bearer token, also taken from {@code https://user:password@host} URLs) and timeouts.
 * Credentials are kept for the authorization header only; nothing prints them.
 */
public final class RegistryClientConfig {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private String url;
  private String user;
  private String password;
  private String token;
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
  private java.nio.file.Path trustedCertificates;
  private char[] trustStorePassword;

  RegistryClientConfig() {}

  /** The registry's base URL, e.g. {@code http://127.0.0.1:8081} or {@code https://host/registry}. */
  public RegistryClientConfig url(String url) {
    this.url = url;
    return this;
  }

  public RegistryClientConfig basicAuth(String user, String password) {
    this.user = Objects.requireNonNull(user, "user");
    this.password = Objects.requireNonNull(password, "password");
    return this;
  }

  public RegistryClientConfig bearerToken(String token) {
    this.token = Objects.requireNonNull(token, "token");
    return this;
  }

  /**
   * Trusts the certificates of this file instead of the Java defaults, for a registry whose
   * certificate a private CA signed: PEM CA certificates, or a PKCS#12 or JKS trust store.
   */
  public RegistryClientConfig trustCertificates(java.nio.file.Path file) {
    return trustCertificates(file, null);
  }

  /** As {@link #trustCertificates(java.nio.file.Path)}, for a trust store with a password. */
  public RegistryClientConfig trustCertificates(java.nio.file.Path file, String trustStorePassword) {
    this.trustedCertificates = Objects.requireNonNull(file, "file");
    this.trustStorePassword = trustStorePassword == null ? null : trustStorePassword.toCharArray();
    return this;
  }

  /** How long to wait for a connection; 10 seconds unless set. */
  public RegistryClientConfig connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connect timeout");
    return this;
  }

  /** How long to wait for each answer; 30 seconds unless set. */
  public RegistryClientConfig requestTimeout(Duration timeout) {
    this.requestTimeout = positive(timeout, "request timeout");
    return this;
  }

  RegistryHttp transport() {
    URI uri = parse();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && user == null && token == null) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
    }
    if (user != null && token != null) {
      throw new SchemaGateException(
          "The registry client was given both basic auth and a bearer token; give one of them.");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    String base = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().replaceFirst("^.*@", "") + path;
    javax.net.ssl.SSLContext ssl =
        trustedCertificates == null ? null : TrustedCertificates.sslContext(trustedCertificates, trustStorePassword);
    return new RegistryHttp(base, authorization(), connectTimeout, requestTimeout, ssl);
  }

  /** Which credentials are used, for {@code toString}; call after {@link #transport()}. */
  String authKind() {
    if (token != null) {
      return "bearer token";
    }
    if (user != null) {
      return "basic auth";
    }
    return "no credentials";
  }

  private String authorization() {
    if (token != null) {
      return "Bearer " + token;
    }
    if (user != null) {
      return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
    return null;
  }

  private URI parse() {
    if (url == null || url.isBlank()) {
      throw new SchemaGateException("The registry client needs the registry's URL, e.g. http://127.0.0.1:8081.");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new SchemaGateException("The registry URL \"" + withoutUserInfo(url) + "\" is not a valid URL; give one such as http://127.0.0.1:8081.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new SchemaGateException("The registry URL \"" + withoutUserInfo(url) + "\" is not an http or https URL with a host; give one such as http://127.0.0.1:8081.");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new SchemaGateException("The registry URL \"" + withoutUserInfo(url) + "\" has a query or fragment; give the base URL only.");
    }
    return uri;
  }

  /** The URL as it may be shown: whatever stands before an {@code @} in the authority is dropped. */
  static String withoutUserInfo(String url) {
    return url.trim().replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@", "$1");
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Duration positive(Duration timeout, String what) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new SchemaGateException("The registry client's " + what + " must be positive, but it is " + timeout + ".");
    }
    return timeout;
  }
}
