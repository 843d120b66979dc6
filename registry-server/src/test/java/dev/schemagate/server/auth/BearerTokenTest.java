package dev.schemagate.server.auth;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bearer JWTs checked against a JWKS file: signature, key id, issuer, audience, expiry, role and subjects claims. */
class BearerTokenTest extends ServerTest {
  private static final RSAKey KEY = AuthFixtures.rsaKey("key-1");
  private static final RSAKey OTHER_KEY_SAME_ID = AuthFixtures.rsaKey("key-1");
  private static final RSAKey UNKNOWN_KEY = AuthFixtures.rsaKey("key-2");

  @Override
  protected void configure(ServerConfig config) {
    var jwks = AuthFixtures.writeJwks(dataDir.resolve("jwks.json"), KEY);
    config.auth(new AuthConfig(null, new Tokens(new Tokens.TokenSettings(
        jwks.toString(), AuthFixtures.ISSUER, AuthFixtures.AUDIENCE, "realm_access.roles", "schemagate_subjects")), false));
  }

  private Answer getWith(String token, String path) {
    return client.as("Bearer " + token).get(path);
  }

  private static String admin() {
    return AuthFixtures.token(KEY, Map.of("realm_access", Map.of("roles", List.of("offline_access", "admin"))));
  }

  @Test
  void a_valid_token_with_a_role_in_a_nested_claim_is_accepted() {
    assertThat(client.as("Bearer " + admin()).register("orders.OrderPlaced", null, USER_V1).status()).isEqualTo(200);
    assertThat(getWith(admin(), "/subjects").json()).isEqualTo(json("[\"orders.OrderPlaced\"]"));
  }

  @Test
  void the_subjects_claim_limits_what_a_token_sees() {
    client.as("Bearer " + admin()).register("orders.OrderPlaced", null, USER_V1);
    client.as("Bearer " + admin()).register("payments.PaymentMade", null, USER_V1);
    String reader = AuthFixtures.token(KEY, Map.of(
        "realm_access", Map.of("roles", List.of("reader")), "schemagate_subjects", List.of("payments.*")));

    assertThat(getWith(reader, "/subjects").json()).isEqualTo(json("[\"payments.PaymentMade\"]"));
    assertThat(getWith(reader, "/subjects/orders.OrderPlaced/versions").status()).isEqualTo(404);
    assertThat(client.as("Bearer " + reader).register("payments.PaymentMade", null, USER_V2_WITH_DEFAULT).status()).isEqualTo(403);
  }

  @Test
  void an_expired_token_gets_401() {
    String expired = AuthFixtures.token(KEY, Map.of("realm_access", Map.of("roles", List.of("admin")),
        "exp", Date.from(Instant.now().minusSeconds(3600))));

    Answer answer = getWith(expired, "/subjects");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json()).isEqualTo(json("{\"error_code\":40101,\"message\":\"The bearer token has expired.\"}"));
    assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"SchemaGate\"");
  }

  @Test
  void a_token_of_another_issuer_gets_401() {
    String token = AuthFixtures.token(KEY, Map.of("role", "admin", "iss", "https://elsewhere.example.test"));

    assertThat(getWith(token, "/subjects").json().get("message").asText())
        .isEqualTo("The bearer token was issued by another issuer than this registry trusts.");
  }

  @Test
  void a_token_for_another_audience_gets_401() {
    String token = AuthFixtures.token(KEY, Map.of("role", "admin", "aud", "another-service"));

    assertThat(getWith(token, "/subjects").json().get("message").asText())
        .isEqualTo("The bearer token is meant for another audience than this registry.");
  }

  @Test
  void a_token_with_a_bad_signature_gets_401() {
    String token = AuthFixtures.token(OTHER_KEY_SAME_ID, Map.of("realm_access", Map.of("roles", List.of("admin"))));

    Answer answer = getWith(token, "/subjects");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().get("message").asText()).isEqualTo("The bearer token's signature is not valid.");
  }

  @Test
  void a_token_signed_by_an_unknown_key_id_gets_401() {
    String token = AuthFixtures.token(UNKNOWN_KEY, Map.of("realm_access", Map.of("roles", List.of("admin"))));

    assertThat(getWith(token, "/subjects").json().get("message").asText())
        .isEqualTo("The bearer token is signed with a key this registry does not know.");
  }

  @Test
  void a_token_without_a_role_and_a_token_that_is_no_jwt_get_401() {
    String roleless = AuthFixtures.token(KEY, Map.of());

    assertThat(getWith(roleless, "/subjects").json().get("message").asText())
        .isEqualTo("The bearer token names no role in its \"realm_access.roles\" claim; give reader, writer or admin.");
    assertThat(getWith("not-a-jwt", "/subjects").json().get("message").asText()).isEqualTo("The bearer token is not a JWT.");
  }

  @Test
  void basic_credentials_are_refused_when_only_tokens_are_accepted() {
    Answer answer = client.as(dev.schemagate.server.testing.HttpClientForTests.basic("someone", "pw")).get("/subjects");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().get("message").asText())
        .isEqualTo("This registry does not accept Basic credentials; send a bearer token.");
  }
}
