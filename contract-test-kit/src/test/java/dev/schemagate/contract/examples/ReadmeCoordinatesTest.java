package dev.schemagate.contract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every SchemaGate coordinate the READMEs show names the version this build makes, so users copy one that exists. */
class ReadmeCoordinatesTest {
  private static final Pattern PARENT_VERSION =
      Pattern.compile("<artifactId>schemagate-parent</artifactId>\\s*<version>([^<]+)</version>");
  private static final Pattern XML_COORDINATES = Pattern.compile(
      "<groupId>dev\\.schemagate</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");
  private static final Pattern GAV = Pattern.compile("dev\\.schemagate:(schemagate-[a-z-]+):([^:`\\s)]+)");

  @Test
  void every_snippet_and_coordinate_of_the_readmes_names_the_version_of_this_build() throws IOException {
    Matcher parent = PARENT_VERSION.matcher(Files.readString(Path.of("pom.xml")));
    assertThat(parent.find()).as("the kit's pom names its parent's version").isTrue();
    String version = parent.group(1);

    List<String> shown = new ArrayList<>();
    for (Path readme : ReadmeSnippetsTest.READMES) {
      String text = Files.readString(readme);
      for (Pattern pattern : List.of(XML_COORDINATES, GAV)) {
        Matcher coordinates = pattern.matcher(text);
        while (coordinates.find()) {
          shown.add(readme.normalize() + ": " + coordinates.group(1) + " " + coordinates.group(2));
        }
      }
    }

    assertThat(shown).as("SchemaGate coordinates in the READMEs").hasSizeGreaterThanOrEqualTo(4)
        .allSatisfy(entry -> assertThat(entry).endsWith(" " + version));
  }
}
