package dev.schemagate.maven.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line's jar on an invoker scenario's project, with the options that mean what the
 * scenario's pom configures, and asserts that its JSON report is the plugin's, finding for finding.
 *
 * <pre>{@code
 * SameFindings.assertSame(basedir, cliJar, 1, 'check', '--baseline', 'src/baseline')
 * }</pre>
 */
public final class SameFindings {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SameFindings() {}

  /**
   * @param exit the exit code the command line must end with
   * @param goal the goal, whose report {@code target/schemagate/<goal>.json} the plugin wrote
   */
  public static void assertSame(File basedir, String cliJar, int exit, String goal, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(), "-jar", cliJar, goal));
    command.addAll(List.of(options));
    command.addAll(List.of("--format", "json"));
    Process process = new ProcessBuilder(command).directory(basedir).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("schemagate " + goal + " did not finish within 60 seconds");
    }
    if (process.exitValue() != exit) {
      throw new AssertionError("schemagate " + String.join(" ", command.subList(3, command.size())) + " ended with " + process.exitValue()
          + ", not " + exit + ":\n" + out);
    }
    JsonNode plugin = JSON.readTree(new File(basedir, "target/schemagate/" + goal + ".json"));
    JsonNode cli = JSON.readTree(out);
    if (!plugin.equals(cli)) {
      throw new AssertionError("The command line's report differs from the plugin's.\nplugin: " + plugin + "\ncommand line: " + cli);
    }
  }
}
