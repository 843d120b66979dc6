package dev.schemagate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class RegistryAccessTest {
  private static Throwable open(String url, String serverId, int timeoutSeconds) {
    return catchThrowable(() -> new RegistryAccess("check", url, serverId, null, timeoutSeconds, new Settings(), null).client(new SystemStreamLog()));
  }

  @Test
  void credentials_in_the_url_are_refused_without_being_repeated_since_maven_debug_output_prints_parameters() {
    Throwable thrown = open("https://ci:s3cret@registry.example.com/base", null, 30);

    assertThat(thrown).isInstanceOf(MojoExecutionException.class).hasMessage("registryUrl (property schemagate.registryUrl) holds"
        + " credentials before its host, which Maven's debug output would print; give the URL without them"
        + " (https://registry.example.com/base) and put the credentials in a settings.xml <server> that serverId names.");
    assertThat(thrown.getMessage()).doesNotContain("s3cret").doesNotContain("ci:");
  }

  @Test
  void a_goal_without_registry_url_says_which_property_to_set() {
    assertThat(open(" ", null, 30)).hasMessage(
        "The check goal needs registryUrl (property schemagate.registryUrl): the base URL of the schema registry.");
  }

  @Test
  void a_server_id_settings_xml_does_not_have_is_named() {
    assertThat(open("http://127.0.0.1:8081", "registry", 30)).hasMessage("serverId \"registry\" names no <server> in settings.xml;"
        + " add one with the registry's username and password, or a password alone for a bearer token.");
  }

  @Test
  void a_timeout_that_is_not_positive_names_its_property() {
    assertThat(open("http://127.0.0.1:8081", null, 0)).hasMessage(
        "timeoutSeconds (property schemagate.timeoutSeconds) must be a positive number of seconds, but it is 0.");
  }

  @Test
  void a_plain_url_gives_a_client() throws Exception {
    assertThat(new RegistryAccess("check", "http://127.0.0.1:8081/", null, null, 5, new Settings(), null).client(new SystemStreamLog()).url())
        .isEqualTo("http://127.0.0.1:8081");
  }

  @Test
  void a_ca_file_that_does_not_exist_names_its_property() {
    Throwable thrown = catchThrowable(() -> new RegistryAccess("check", "https://127.0.0.1:8081", null,
        new java.io.File("no-such-ca.pem"), 30, new Settings(), null).client(new SystemStreamLog()));

    assertThat(thrown).isInstanceOf(MojoExecutionException.class).hasMessage("registryCaFile (property schemagate.registryCaFile)"
        + " no-such-ca.pem is not a file; give the registry's CA certificate (PEM) or trust store.");
  }
}
