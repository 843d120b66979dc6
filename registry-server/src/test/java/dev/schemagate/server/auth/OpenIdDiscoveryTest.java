package dev.schemagate.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import dev.schemagate.server.testing.AuthFixtures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without --jwks the keys come from the issuer's OpenID configuration, as an OIDC provider serves it. */
class OpenIdDiscoveryTest {
  private final RSAKey key = AuthFixtures.rsaKey("provider-key");
  private HttpServer provider;
  private String issuer;

  @BeforeEach
  void start_a_provider() throws IOException {
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/events";
    serve("/realms/events/.well-known/openid-configuration",
        "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\"}");
    serve("/realms/events/protocol/openid-connect/certs", new JWKSet(List.of(key)).toPublicJWKSet().toString());
    provider.start();
  }

  private void serve(String path, String body) {
    provider.createContext(path, exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
  }

  @AfterEach
  void stop() {
    provider.stop(0);
  }

  @Test
  void a_token_signed_by_a_key_of_the_discovered_jwks_is_accepted() throws Exception {
    Tokens tokens = new Tokens(new Tokens.TokenSettings(null, issuer, "schemagate", "role", "schemagate_subjects"));
    String token = AuthFixtures.token(key, Map.of("iss", issuer, "role", "writer", "preferred_username", "orders-ci"));

    Caller caller = tokens.verify(token);

    assertThat(caller.name()).isEqualTo("orders-ci");
    assertThat(caller.role()).isEqualTo(Role.WRITER);
  }

  @Test
  void an_issuer_without_an_openid_configuration_is_refused_at_start() {
    String wrong = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/none";

    assertThatThrownBy(() -> new Tokens(new Tokens.TokenSettings(null, wrong, "schemagate", "role", "s")))
        .hasMessage("The issuer's OpenID configuration " + wrong + "/.well-known/openid-configuration answered HTTP 404;"
            + " check --jwt-issuer, or give the keys with --jwks.");
  }
}
