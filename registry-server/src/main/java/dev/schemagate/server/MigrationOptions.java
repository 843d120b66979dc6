package dev.schemagate.server;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientConfig;
import dev.schemagate.server.migration.RegistryMigration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of {@code import --from-registry}: the two registries and their logins. Passwords and
 * tokens come from environment variables or standard input, never from the command line, where
 * every process listing would show them, and are never printed.
 */
final class MigrationOptions {
  @Option(names = "--from-registry", paramLabel = "URL",
      description = "A running Confluent-compatible registry to copy from: Confluent Schema Registry, Karapace,"
          + " Apicurio's /apis/ccompat/v7 or another SchemaGate.")
  String sourceUrl;

  @Option(names = "--to", paramLabel = "URL", description = "With --from-registry: the running SchemaGate to copy into.")
  String targetUrl;

  @Option(names = "--from-user", paramLabel = "USER",
      description = "User for the source's basic authentication; the password comes from SCHEMAGATE_FROM_PASSWORD or,"
          + " with --passwords-on-stdin, from standard input (SCHEMAGATE_FROM_USER). A bearer token instead: SCHEMAGATE_FROM_TOKEN.")
  String sourceUser;

  @Option(names = "--to-user", paramLabel = "USER",
      description = "User for the target's basic authentication; the password comes from SCHEMAGATE_TO_PASSWORD or"
          + " standard input (SCHEMAGATE_TO_USER). A bearer token instead: SCHEMAGATE_TO_TOKEN.")
  String targetUser;

  @Option(names = "--passwords-on-stdin",
      description = "Read the passwords of --from-user and then --to-user from standard input, one line each.")
  boolean passwordsOnStdin;

  int run(CommandSpec spec, Map<String, String> environment) {
    if (targetUrl == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from-registry needs --to, the SchemaGate to copy into");
    }
    BufferedReader stdin = passwordsOnStdin ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)) : null;
    RegistryClient source = client(spec, "--from-registry", sourceUrl, "FROM", sourceUser, environment, stdin);
    RegistryClient target = client(spec, "--to", targetUrl, "TO", targetUser, environment, stdin);
    PrintWriter out = spec.commandLine().getOut();
    RegistryMigration.Outcome outcome = new RegistryMigration(source, target, out::println).run();
    if (outcome.copiedNothing()) {
      out.printf("Nothing to copy: %s already holds every subject version, configuration and mode of %s%s.%n",
          target.url(), source.url(), outcome.notCopied().isEmpty() ? "" : " that can be copied");
    } else {
      out.printf("Copied %d subject versions, soft-deleted %d of them as in the source, and copied %d configurations"
          + " and modes from %s to %s.%n", outcome.versions(), outcome.deletions(), outcome.settings(), source.url(), target.url());
    }
    outcome.notCopied().forEach(line -> out.println("not copied: " + line));
    if (!outcome.notCopied().isEmpty()) {
      out.printf("%d things were not copied; fix what the lines above say and run the same command again:"
          + " it copies only what is missing.%n", outcome.notCopied().size());
      return 1;
    }
    return 0;
  }

  private static RegistryClient client(CommandSpec spec, String option, String url, String side, String user,
      Map<String, String> environment, BufferedReader stdin) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " must be an http:// or https:// URL, not '" + url + "'");
    }
    String token = environment.get("SCHEMAGATE_" + side + "_TOKEN");
    String password = stdin != null && user != null ? line(stdin) : environment.get("SCHEMAGATE_" + side + "_PASSWORD");
    if (user != null && token != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give either --" + side.toLowerCase() + "-user or SCHEMAGATE_" + side + "_TOKEN, not both");
    }
    if (user != null && password == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--" + side.toLowerCase() + "-user needs a password:"
          + " set SCHEMAGATE_" + side + "_PASSWORD or pass --passwords-on-stdin");
    }
    try {
      return RegistryClient.create(config -> {
        config.url(url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
            .requestTimeout(RegistryClientConfig.DEFAULT_REQUEST_TIMEOUT);
        if (user != null) {
          config.basicAuth(user, password);
        } else if (token != null) {
          config.bearerToken(token);
        }
      });
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  private static String line(BufferedReader stdin) {
    try {
      String line = stdin.readLine();
      return line == null ? null : line.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
