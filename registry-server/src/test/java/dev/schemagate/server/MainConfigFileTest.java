package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.MainTest.Run;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --config FILE}: every option by name, the order flag, environment, file, default, and the errors that name the key and the file. */
@Timeout(60)
class MainConfigFileTest {
  @TempDir Path dir;

  private Path file(String... lines) throws Exception {
    return Files.writeString(dir.resolve("schemagate.properties"), String.join("\n", lines) + "\n");
  }

  /** The settings the server would start with, without starting it. */
  private static ServerConfig settings(Map<String, String> environment, String... args) {
    PrintWriter quiet = new PrintWriter(new StringWriter());
    CommandLine commandLine = Main.commandLine(environment, quiet, quiet, args);
    commandLine.parseArgs(args);
    return ((Main) commandLine.getCommand()).settings();
  }

  @Test
  void a_flag_beats_its_variable_which_beats_the_file_which_beats_the_default() throws Exception {
    Path config = file("# as an operator writes it", "port=1111", "default-compatibility=FULL", "request-timeout=3000",
        "ui=false", "max-request-size=4MB", "cors-origins=https://console.example.com");
    Map<String, String> environment = Map.of("SCHEMAGATE_DEFAULT_COMPATIBILITY", "FORWARD", "SCHEMAGATE_REQUEST_TIMEOUT", "2000");

    ServerConfig settings = settings(environment, "--config", config.toString(), "--request-timeout", "1000");

    assertThat(settings.requestTimeoutMillis()).as("flag over variable and file").isEqualTo(1000);
    assertThat(settings.defaultCompatibility()).as("variable over file").isEqualTo(CompatibilityLevel.FORWARD);
    assertThat(settings.port()).as("file over default").isEqualTo(1111);
    assertThat(settings.ui()).isFalse();
    assertThat(settings.maxRequestBytes()).isEqualTo(4L * 1024 * 1024);
    assertThat(settings.corsOrigins()).containsExactly("https://console.example.com");
    assertThat(settings.host()).as("default, set nowhere").isEqualTo("0.0.0.0");
  }

  @Test
  void the_file_can_be_named_by_its_variable_and_sets_the_security_options_too() throws Exception {
    Path users = AuthFixtures.writeUsers(dir.resolve("users.json"), List.of(new TestUser("ada", "pass-1", "admin", List.of("*"), List.of())));
    Path config = file("users=" + users, "open-metrics=true", "--config=ignored");

    Run refused = MainTest.run(Map.of("SCHEMAGATE_CONFIG", config.toString()), "--port", "0");
    assertThat(refused.output()).as("a key with dashes is not an option name").contains("unknown key '--config'");

    Files.writeString(config, "users=" + users + "\nopen-metrics=true\n");
    ServerConfig settings = settings(Map.of("SCHEMAGATE_CONFIG", config.toString()));

    assertThat(settings.auth()).isNotNull();
    assertThat(settings.auth().openMetrics()).isTrue();
    assertThat(settings.auth().users().size()).isEqualTo(1);
  }

  @Test
  void an_unknown_key_is_refused_at_start_naming_the_key_and_the_file() throws Exception {
    Path config = file("prot=8081", "host=127.0.0.1");

    Run refused = MainTest.run(Map.of(), "--config", config.toString());

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.output()).isEqualTo("error: the config file " + config + " has the unknown key 'prot'; its keys are the"
        + " long options without '--', e.g. port=8081 or default-compatibility=FULL (see --help)\n");
  }

  @Test
  void a_bad_value_names_the_key_and_the_file() throws Exception {
    Path config = file("port=eighty");

    Run refused = MainTest.run(Map.of(), "--config=" + config);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.output()).isEqualTo(
        "error: key 'port' in " + config + " must be a port number from 0 to 65535, not 'eighty' (see --help)\n");

    Files.writeString(config, "log-format=xml\n");
    assertThat(MainTest.run(Map.of(), "--config", config.toString()).output()).isEqualTo(
        "error: key 'log-format' in " + config + " must be text or json, not 'xml' (see --help)\n");

    Files.writeString(config, "cors-origins=https://console.example.com/app\n");
    assertThat(MainTest.run(Map.of(), "--config", config.toString()).output()).startsWith(
        "error: key 'cors-origins' in " + config + ": 'https://console.example.com/app' is not an origin");

    Files.writeString(config, "open-metrics=maybe\n");
    Run badBoolean = MainTest.run(Map.of(), "--config", config.toString());
    assertThat(badBoolean.exitCode()).isEqualTo(2);
    assertThat(badBoolean.output()).contains("'maybe'", "(from key 'open-metrics' in " + config + ")");
  }

  @Test
  void a_file_that_cannot_be_read_is_refused_naming_it() {
    Path missing = dir.resolve("nowhere.properties");

    Run refused = MainTest.run(Map.of(), "--config", missing.toString());

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.output()).startsWith("error: the config file " + missing + " cannot be read: ").endsWith("(see --help)\n");
  }
}
