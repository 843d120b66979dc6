package dev.schemagate.maven.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.client.RegistryClient;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private static RegistryClient client(String user, String password) {
    return RegistryClient.create(config -> {
      config.url("http://127.0.0.1:8081");
      Credentials.of("registry", user, password).accept(config);
    });
  }

  @Test
  void a_username_and_password_are_basic_auth() {
    assertThat(client("ci", "secret-1")).hasToString("RegistryClient(http://127.0.0.1:8081, basic auth)");
  }

  @Test
  void a_password_alone_is_a_bearer_token() {
    assertThat(client(" ", "token-1")).hasToString("RegistryClient(http://127.0.0.1:8081, bearer token)");
    assertThat(client(null, "token-1")).hasToString("RegistryClient(http://127.0.0.1:8081, bearer token)");
  }

  @Test
  void a_server_without_password_is_a_configuration_error_that_names_no_secret() {
    Throwable thrown = catchThrowable(() -> client("ci", ""));

    assertThat(thrown).hasMessage("The server \"registry\" in settings.xml has no password; give a username and password"
        + " for basic auth, or a password alone for a bearer token.");
  }
}
