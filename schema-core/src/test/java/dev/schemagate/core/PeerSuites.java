package dev.schemagate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Other projects' test suites (Apache Avro's, Apicurio's and Karapace's compatibility cases, a
 * Confluent-compatible registry's REST scenarios), which this repository does not ship. The tests
 * that read them run when their folder is named, by {@code -Dpeer.suites=DIR} or the environment
 * variable {@code SCHEMAGATE_PEER_SUITES}, a relative folder counting from the repository's top; not
 * named, those tests are skipped with a message saying so. Named but missing, empty, or without the
 * file a test reads, they fail: a run that asked for the suites never passes having read none.
 */
public final class PeerSuites {
  public static final String PROPERTY = "peer.suites";
  public static final String VARIABLE = "SCHEMAGATE_PEER_SUITES";

  private PeerSuites() {}

  /** The folder the suites are in; skips the calling test when none is named. */
  public static Path folder() {
    String named = System.getProperty(PROPERTY);
    if (named == null || named.isBlank()) {
      named = System.getenv(VARIABLE);
    }
    assumeTrue(named != null && !named.isBlank(), "Other projects' suites are not run: name their folder with -D"
        + PROPERTY + "=DIR or " + VARIABLE + "=DIR to run them; skipping.");
    Path folder = repositoryRoot().resolve(named.strip()).normalize();
    assertThat(folder).as("the peer suites' folder named by -D%s or %s", PROPERTY, VARIABLE).isDirectory();
    try (Stream<Path> entries = Files.list(folder)) {
      assertThat(entries.findAny()).as("the peer suites' folder %s", folder).isNotEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /** A file of the suites; skips the calling test when no folder is named, fails when the file is not in it. */
  public static Path file(String relative) {
    Path file = folder().resolve(relative);
    assertThat(file).as("a file of the peer suites").isRegularFile();
    return file;
  }

  /** A folder of the suites; skips the calling test when no folder is named, fails when it is not there. */
  public static Path folder(String relative) {
    Path folder = folder().resolve(relative);
    assertThat(folder).as("a folder of the peer suites").isDirectory();
    return folder;
  }

  /** The folder holding {@code mvnw}, from the module folder the tests run in. */
  public static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("a folder holding mvnw above %s", Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }
}
