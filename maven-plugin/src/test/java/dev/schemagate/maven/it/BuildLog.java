package dev.schemagate.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The build.log of an invoker scenario, as its verify script reads it: one run per invoker goal line,
 * blocks of lines that must stand together, and the one line a failed goal ends the run with.
 *
 * <pre>{@code
 * def log = BuildLog.of(basedir)
 * log.has(1, ['[INFO] Checking 2 schema files in src/main/schemas against baseline src/baseline', ...])
 * assert log.failure(1) == 'SchemaGate check failed: ...'
 * }</pre>
 */
public final class BuildLog {
  private static final String RUN_START = "[INFO] Scanning for projects...";
  private static final String FAILURE = "[ERROR] Failed to execute goal dev.schemagate:schemagate-maven-plugin:";
  private static final String HELP = " -> [Help 1]";

  private final String text;
  private final List<List<String>> runs = new ArrayList<>();

  private BuildLog(String text) {
    this.text = text;
    for (String line : text.split("\\R")) {
      if (line.equals(RUN_START)) {
        runs.add(new ArrayList<>());
      } else if (!runs.isEmpty()) {
        runs.get(runs.size() - 1).add(line);
      }
    }
  }

  public static BuildLog of(File basedir) throws IOException {
    return new BuildLog(Files.readString(new File(basedir, "build.log").toPath(), StandardCharsets.UTF_8));
  }

  /** The whole log, every run. */
  public String text() {
    return text;
  }

  /** How many times Maven ran: one per {@code invoker.goals} line. */
  public int runs() {
    return runs.size();
  }

  /** The lines of run {@code n}, counted from 1. */
  public List<String> run(int n) {
    if (n < 1 || n > runs.size()) {
      throw new AssertionError("build.log holds " + runs.size() + " runs, not a run " + n);
    }
    return Collections.unmodifiableList(runs.get(n - 1));
  }

  /** Asserts that run {@code n} holds these lines one after the other; answers where the first one is. */
  public int has(int n, List<?> expected) {
    List<String> lines = run(n);
    List<String> wanted = expected.stream().map(String::valueOf).toList();
    int start = lines.indexOf(wanted.get(0));
    if (start < 0) {
      throw new AssertionError("run " + n + " lacks the line\n  " + wanted.get(0));
    }
    List<String> found = lines.subList(start, Math.min(lines.size(), start + wanted.size()));
    if (!found.equals(wanted)) {
      throw new AssertionError("run " + n + " has\n  " + String.join("\n  ", found) + "\nwhere it should have\n  " + String.join("\n  ", wanted));
    }
    return start;
  }

  /** {@link #has(int, List)} for a log of one run. */
  public int has(List<?> expected) {
    return has(1, expected);
  }

  /**
   * What run {@code n} failed with: the message of its one {@code Failed to execute goal} line of the
   * plugin, after the project's name and without Maven's help link.
   */
  public String failure(int n) {
    List<String> failures = run(n).stream().filter(line -> line.startsWith(FAILURE)).toList();
    if (failures.size() != 1) {
      throw new AssertionError("run " + n + " should fail once, but its failure lines are " + failures);
    }
    String line = failures.get(0);
    String message = line.substring(line.indexOf(": ", line.indexOf(" on project ")) + 2);
    return message.endsWith(HELP) ? message.substring(0, message.length() - HELP.length()) : message;
  }

  /** {@link #failure(int)} for a log of one run. */
  public String failure() {
    return failure(1);
  }
}
