package dev.schemagate.server;

import dev.schemagate.server.auth.Passwords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints a bcrypt hash of a password read from standard input, so it never lands in shell history. */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
    description = {"Reads a password from standard input (the first line) and prints its bcrypt hash for the users file.",
        "Example: schemagate-registry-server hash-password < password.txt"})
final class HashPasswordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    char[] password;
    if (System.console() != null && System.in.available() == 0) {
      password = System.console().readPassword("Password: ");
    } else {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      password = line == null ? null : line.toCharArray();
    }
    if (password == null || password.length == 0) {
      spec.commandLine().getErr().println("error: no password on standard input; type one, or pipe it in");
      return 2;
    }
    spec.commandLine().getOut().println(Passwords.hash(password));
    java.util.Arrays.fill(password, '\0');
    return 0;
  }
}
