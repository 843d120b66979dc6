package dev.schemagate.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.schemagate.core.SchemaGateException;
import org.junit.jupiter.api.Test;

class RegistryCredentialsTest extends AgainstFakeRegistry {
  private static final String SECRET = "s3cr3t-p4ss";
  @Test
  void basic_auth_is_sent_as_an_authorization_header() {
    registry.answer("GET", "/subjects", 200, "[]");
    RegistryClient authenticated = RegistryClient.create(config -> config.url(registry.url()).basicAuth("ci", SECRET));

    authenticated.subjects();

    assertThat(registry.onlyRequest().header("Authorization")).isEqualTo("Basic Y2k6czNjcjN0LXA0c3M=");
  }

  @Test
  void a_bearer_token_is_sent_as_an_authorization_header() {
    registry.answer("GET", "/subjects", 200, "[]");
    RegistryClient authenticated = RegistryClient.create(config -> config.url(registry.url()).bearerToken("tok-123"));

    authenticated.subjects();

    assertThat(registry.onlyRequest().header("Authorization")).isEqualTo("Bearer tok-123");
  }

  @Test
  void credentials_in_the_url_become_basic_auth_and_leave_the_url() {
    registry.answer("GET", "/subjects", 200, "[]");
    String withCredentials = registry.url().replace("http://", "http://ci:" + SECRET + "@");
    RegistryClient authenticated = RegistryClient.create(config -> config.url(withCredentials));

    authenticated.subjects();

    assertThat(registry.onlyRequest().header("Authorization")).isEqualTo("Basic Y2k6czNjcjN0LXA0c3M=");
    assertThat(authenticated.url()).isEqualTo(registry.url());
    assertThat(authenticated.toString()).isEqualTo("RegistryClient(" + registry.url() + ", basic auth)");
  }

  @Test
  void a_refused_login_names_the_url_but_never_the_credentials() {
    registry.answer("GET", "/subjects", 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
    String withCredentials = registry.url().replace("http://", "http://ci:" + SECRET + "@");
    RegistryClient authenticated = RegistryClient.create(config -> config.url(withCredentials));

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, authenticated::subjects);

    assertThat(e).hasMessage("Could not list subjects: the registry at " + registry.url()
        + "/subjects answered HTTP 401, error code 401: Unauthorized. Check the credentials given for this registry.");
    assertThat(e.url()).doesNotContain(SECRET);
  }

  @Test
  void a_token_never_shows_in_to_string_or_errors() {
    RegistryClient authenticated = RegistryClient.create(config -> config.url(registry.url()).bearerToken(SECRET));

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, authenticated::subjects);

    assertThat(authenticated.toString()).isEqualTo("RegistryClient(" + registry.url() + ", bearer token)").doesNotContain(SECRET);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void basic_auth_and_a_token_together_are_refused() {
    Throwable thrown = catchThrowableOfType(SchemaGateException.class,
        () -> RegistryClient.create(config -> config.url(registry.url()).basicAuth("u", SECRET).bearerToken(SECRET)));

    assertThat(thrown).hasMessage("The registry client was given both basic auth and a bearer token; give one of them.");
  }
}
