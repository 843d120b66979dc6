package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator meets it: flags, environment variables and their errors through
 * {@link Main#run} in this JVM; the launcher, SIGTERM and a small heap in a JVM of their own.
 */
@Timeout(60) // a refusal that wrongly starts the server would otherwise wait for SIGTERM forever
class MainTest {
  private static final Pattern START_LINE = Pattern.compile(
      "INFO Main - SchemaGate registry listening on http://127\\.0\\.0\\.1:(\\d+) \\(store: SQLite, data file: (.+)\\)"
          + " started in \\d+ ms; no authentication: anyone who can reach this port can change schemas");

  @TempDir Path dir;

  static Process launch(Map<String, String> environment, String... args) throws IOException {
    return launchWith(List.of(), environment, args);
  }

  static Process launchWith(List<String> jvmOptions, Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("SCHEMAGATE_"));
    builder.environment().putAll(environment);
    return builder.start();
  }

  /** What {@link Main#run} answers and prints (standard output and error together) in this JVM. */
  record Run(int exitCode, String output) {}

  static Run run(Map<String, String> environment, String... args) {
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output, true);
    int exitCode = Main.run(environment, writer, writer, args);
    return new Run(exitCode, output.toString());
  }

  static String allOutput(Process process) throws Exception {
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void help_lists_every_option_with_its_environment_variable() {
    Run help = run(Map.of(), "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.output()).contains("--port=PORT", "--host=ADDRESS", "--db=FILE|JDBC_URL", "--default-compatibility=LEVEL",
        "--max-request-size=SIZE", "--schema-cache-size=COUNT", "SCHEMAGATE_PORT", "SCHEMAGATE_HOST", "SCHEMAGATE_DB",
        "SCHEMAGATE_DEFAULT_COMPATIBILITY", "SCHEMAGATE_MAX_REQUEST_SIZE", "SCHEMAGATE_SCHEMA_CACHE_SIZE");
  }

  @Test
  void help_wraps_between_words_never_inside_a_file_name_or_a_default() {
    String output = run(Map.of(), "--help").output();

    // a word broken across lines would read "schemagate. db)" once the lines are joined
    String joined = output.replaceAll("\\s+", " ");
    assertThat(joined).contains("default: schemagate.db)", "default: 8081)", "default: 0.0.0.0)",
        "default: 8MB, or a 64th of the heap when that is less)", "default: 25%)", "jdbc:sqlite:");
    for (String line : output.split("\n")) {
      assertThat(line.strip()).as("a help line").doesNotStartWith(".").doesNotStartWith(")").doesNotMatch("^[a-z]+\\).*");
    }
  }

  @Test
  void a_bad_environment_variable_is_named_in_the_error() {
    Map<Map<String, String>, String> cases = Map.of(
        Map.of("SCHEMAGATE_PORT", "abc"), "error: SCHEMAGATE_PORT must be a port number from 0 to 65535, not 'abc' (see --help)",
        Map.of("SCHEMAGATE_MAX_REQUEST_SIZE", "lots"),
        "error: SCHEMAGATE_MAX_REQUEST_SIZE must be a number of bytes, optionally with KB or MB, not 'lots' (see --help)",
        Map.of("SCHEMAGATE_SCHEMA_CACHE_SIZE", "0"),
        "error: SCHEMAGATE_SCHEMA_CACHE_SIZE must be a whole number of at least 1, not '0' (see --help)",
        Map.of("SCHEMAGATE_SCHEMA_CACHE_MEMORY", "half"),
        "error: SCHEMAGATE_SCHEMA_CACHE_MEMORY must be a number of bytes, optionally with KB or MB, or a percentage"
            + " from 1% to 90%, not 'half' (see --help)",
        Map.of("SCHEMAGATE_DEFAULT_COMPATIBILITY", "SIDEWAYS"),
        "error: SCHEMAGATE_DEFAULT_COMPATIBILITY must be one of NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD,"
            + " FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, not 'SIDEWAYS' (see --help)");
    for (Map.Entry<Map<String, String>, String> example : cases.entrySet()) {
      Run refused = run(example.getKey());

      assertThat(refused.exitCode()).as(example.getKey().toString()).isEqualTo(2);
      assertThat(refused.output().strip()).isEqualTo(example.getValue());
    }
  }

  @Test
  void a_flag_on_the_command_line_is_named_even_when_its_variable_is_set_too() {
    Run refused = run(Map.of("SCHEMAGATE_PORT", "8081"), "--port", "eighty");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.output().strip()).isEqualTo("error: --port must be a port number from 0 to 65535, not 'eighty' (see --help)");
  }

  @Test
  void an_address_the_machine_does_not_have_is_refused_before_the_database_is_created() {
    Path database = dir.resolve("registry.db");
    // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it
    Run refused = run(Map.of(), "--host", "192.0.2.1", "--port", "0", "--db", database.toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.output().strip()).isEqualTo("error: cannot listen on 192.0.2.1: it is not an address of this machine; give"
        + " one of its addresses, or 0.0.0.0 for all of them");
    assertThat(database).doesNotExist();
  }

  @Test
  void a_database_in_a_folder_that_does_not_exist_is_refused_and_no_folder_is_created() {
    Path missing = dir.resolve("no-such-dir");
    Run refused = run(Map.of(), "--host", "127.0.0.1", "--port", "0", "--db", missing.resolve("x.db").toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.output().strip()).isEqualTo("error: The folder " + missing + " of the database file x.db does not exist;"
        + " create it first, or give a database file in an existing folder.");
    assertThat(missing).doesNotExist();
  }

  @Test
  void a_wrong_option_is_one_line_and_exit_code_2() {
    for (String[] args : List.of(new String[] {"--port", "eighty"}, new String[] {"--colour"},
        new String[] {"--default-compatibility", "SIDEWAYS"}, new String[] {"--max-request-size", "lots"},
        new String[] {"--port", "70000"}, new String[] {"--db", "jdbc:mysql://db/registry"},
        new String[] {"--db", "jdbc:postgresql:registry"}, new String[] {"--db-pool-size", "0"},
        new String[] {"--schema-cache-size", "0"}, new String[] {"--schema-cache-size", "many"},
        new String[] {"--schema-cache-memory", "lots"}, new String[] {"--schema-cache-memory", "95%"},
        new String[] {"--schema-cache-memory", "100"},
        new String[] {"--port", "0", "--db", "jdbc:sqlite::memory:"}, new String[] {"--port", "0", "--db", "jdbc:sqlite:"})) {
      Run refused = run(Map.of(), args);

      assertThat(refused.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(refused.output().strip()).as(String.join(" ", args)).startsWith("error: ").endsWith("(see --help)").doesNotContain("\n");
    }
  }

  @Test
  void the_launcher_exits_with_the_code_and_prints_nothing_but_the_error() throws Exception {
    Process process = launch(Map.of("SCHEMAGATE_DEFAULT_COMPATIBILITY", "SIDEWAYS"));

    String output = allOutput(process);

    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).isEqualTo("error: SCHEMAGATE_DEFAULT_COMPATIBILITY must be one of NONE, BACKWARD,"
        + " BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, not 'SIDEWAYS' (see --help)\n");
  }

  @Test
  void starts_from_environment_variables_logs_one_line_and_stops_cleanly_on_sigterm() throws Exception {
    Path database = java.nio.file.Files.createDirectories(dir.resolve("data")).resolve("registry.db");
    Map<String, String> environment = Map.of("SCHEMAGATE_PORT", "0", "SCHEMAGATE_HOST", "127.0.0.1",
        "SCHEMAGATE_DB", database.toString(), "SCHEMAGATE_DEFAULT_COMPATIBILITY", "FULL");
    Process process = launch(environment);
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = output.readLine();
    Matcher start = START_LINE.matcher(line);
    assertThat(start.find()).as(line).isTrue();
    assertThat(start.group(2)).isEqualTo(database.toAbsolutePath().toString());

    HttpClientForTests client = new HttpClientForTests("http://127.0.0.1:" + start.group(1));
    assertThat(client.get("/config").json().get("compatibilityLevel").asText()).isEqualTo("FULL");
    assertThat(client.register("orders-value", null, "\"string\"").status()).isEqualTo(200);

    // Process.destroy() would also close our end of its output; kill sends the same SIGTERM without that
    assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor()).isZero();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String rest = String.join("\n", output.lines().toList());
    assertThat(rest).contains("Stopping: finishing requests in flight, then closing the store", "INFO Main - Stopped");

    try (RegistryServer again = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(database)).start()) {
      assertThat(new HttpClientForTests(again.url()).get("/subjects").json().toString()).isEqualTo("[\"orders-value\"]");
    }
  }

  @Test
  void a_small_heap_gets_a_request_limit_that_fits_it() throws Exception {
    Process process = launchWith(List.of("-Xmx128m", "-XX:+UseSerialGC"), Map.<String, String>of(), "--host", "127.0.0.1", "--port", "0",
        "--db", dir.resolve("small.db").toString());
    try {
      BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      Matcher start = START_LINE.matcher(output.readLine());
      assertThat(start.find()).isTrue();
      HttpClientForTests client = new HttpClientForTests("http://127.0.0.1:" + start.group(1));

      HttpClientForTests.Answer answer = client.register("big-value", null, "\"" + "x".repeat(3 * 1024 * 1024) + "\"");

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.json().get("message").asText()).contains("limit of 2 MB (2097152 bytes)");
    } finally {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void a_port_in_use_is_one_line_and_exit_code_1() {
    try (RegistryServer busy = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(dir.resolve("a.db")))
        .start()) {
      Run refused = run(Map.of(), "--host", "127.0.0.1", "--port", Integer.toString(busy.port()), "--db",
          dir.resolve("b.db").toString());

      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.output().strip()).startsWith("error: cannot listen on 127.0.0.1 port " + busy.port() + ": the port is in use")
          .doesNotContain("\n");
      assertThat(dir.resolve("b.db")).doesNotExist();
    }
  }
}
