package dev.schemagate.core.gate;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.SchemaFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files of one folder as a commit of the project's git repository holds them, read with the
 * {@code git} command ({@code git ls-tree}, {@code git cat-file}), as buf's {@code --against} reads a
 * branch.
 */
public final class GitFiles implements SchemaFiles {
  private static final long TIMEOUT_SECONDS = 60;

  private final Path top;
  private final String ref;
  private final String commit;
  private final String prefix;

  private GitFiles(Path top, String ref, String commit, String prefix) {
    this.top = top;
    this.ref = ref;
    this.commit = commit;
    this.prefix = prefix;
  }

  /**
   * The folder {@code folder} at {@code ref} of the repository {@code workDir} belongs to.
   *
   * @throws SchemaGateException when there is no repository, no git, or no such commit
   */
  public static GitFiles open(Path workDir, String ref, Path folder) {
    String spec = "git:" + ref;
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new SchemaGateException(
          "The baseline \"" + spec + "\" names no git revision; write git: and a branch, tag or commit, e.g. git:origin/main.");
    }
    Result top = run(workDir, spec, "rev-parse", "--show-toplevel");
    if (top.exit != 0) {
      throw new SchemaGateException(
          "The baseline " + spec + " reads the project's git repository, but " + workDir + " is not inside one;"
              + " use a baseline folder instead, or run the build in a clone.");
    }
    Path root = Path.of(top.out.trim());
    Result inRepo = run(workDir, spec, "rev-parse", "--show-prefix");
    Result commit = run(root, spec, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (commit.exit != 0) {
      throw new SchemaGateException(
          "The baseline " + spec + " names no commit of the git repository at " + root + "; fetch it first"
              + " (a CI checkout is often shallow: git fetch origin main) or name an existing branch, tag or commit.");
    }
    String prefix = normalize(inRepo.out.trim() + "/" + workDir.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize()));
    return new GitFiles(root, ref, commit.out.trim(), prefix);
  }

  @Override
  public List<String> paths() {
    Result listed = run(top, "git:" + ref, "ls-tree", "-r", "-z", "--name-only", commit, "--", prefix.isEmpty() ? "." : prefix);
    if (listed.exit != 0) {
      throw new SchemaGateException("The files of " + origin() + " cannot be listed: " + listed.err.trim());
    }
    List<String> paths = new ArrayList<>();
    for (String path : listed.out.split("\0")) {
      if (!path.isEmpty() && (prefix.isEmpty() || path.startsWith(prefix + "/"))) {
        paths.add(prefix.isEmpty() ? path : path.substring(prefix.length() + 1));
      }
    }
    paths.sort(null);
    return paths;
  }

  @Override
  public String read(String path) {
    Result blob = run(top, "git:" + ref, "cat-file", "blob", commit + ":" + (prefix.isEmpty() ? path : prefix + "/" + path));
    if (blob.exit != 0) {
      throw new SchemaGateException("The file " + origin() + "/" + path + " cannot be read: " + blob.err.trim());
    }
    return blob.out;
  }

  @Override
  public String origin() {
    return "git:" + ref + ":" + prefix;
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(Path directory, String spec, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
    command.addAll(Arrays.asList(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    builder.environment().put("LC_ALL", "C");
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
      String out = drain(process.getInputStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new SchemaGateException("The baseline " + spec + ": git " + arguments[0] + " did not finish within " + TIMEOUT_SECONDS + " seconds.");
      }
      return new Result(process.exitValue(), out, err.join());
    } catch (IOException e) {
      throw new SchemaGateException(
          "The baseline " + spec + " needs the git command, which could not be started (" + e.getMessage()
              + "); install git or use a baseline folder.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaGateException("The baseline " + spec + " was not read: the build was interrupted.", e);
    }
  }

  private static String drain(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** {@code a/./b/../c/} becomes {@code a/c}; the repository root is "". */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String segment : path.replace('\\', '/').split("/")) {
      if (segment.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.add(segment);
      }
    }
    return String.join("/", parts);
  }
}
