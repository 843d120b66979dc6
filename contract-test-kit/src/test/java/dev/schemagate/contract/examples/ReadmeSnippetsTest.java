package dev.schemagate.contract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java snippets of the READMEs are taken from the runnable examples in this package; this keeps
 * them from drifting apart. Each snippet's lines, without trailing comments, must appear in that
 * order in one example. The {@code @EventContractTest} line may differ: the READMEs show a user's
 * folder, the examples use their test resources.
 */
class ReadmeSnippetsTest {
  private static final Path EXAMPLES = Path.of("src/test/java/dev/schemagate/contract/examples");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> every_java_snippet_of_the_readmes_comes_from_an_example() throws IOException {
    List<List<String>> examples = new ArrayList<>();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        examples.add(lines(Files.readString(file)));
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path readme : List.of(Path.of("README.md"), Path.of("../README.md"))) {
      Matcher block = JAVA_BLOCK.matcher(Files.readString(readme));
      int number = 0;
      while (block.find()) {
        List<String> snippet = lines(block.group(1));
        String name = readme.normalize() + " snippet " + ++number;
        tests.add(DynamicTest.dynamicTest(name, () ->
            assertThat(examples.stream().anyMatch(example -> inOrder(snippet, example)))
                .as("%s is not found line by line in any example under %s:%n%s", name, EXAMPLES, String.join("\n", snippet))
                .isTrue()));
      }
    }
    assertThat(tests).as("snippets found in the READMEs").hasSizeGreaterThanOrEqualTo(4);
    return tests.stream();
  }

  /** Trimmed, non-blank lines without trailing {@code //} comments and without the annotation line. */
  private static List<String> lines(String code) {
    List<String> lines = new ArrayList<>();
    for (String line : code.split("\n")) {
      String text = line.replaceFirst("\\s+//.*$", "").trim();
      if (!text.isEmpty() && !text.startsWith("@EventContractTest(")) {
        lines.add(text);
      }
    }
    return lines;
  }

  private static boolean inOrder(List<String> snippet, List<String> example) {
    int at = 0;
    for (String line : snippet) {
      int found = example.subList(at, example.size()).indexOf(line);
      if (found < 0) {
        return false;
      }
      at += found + 1;
    }
    return true;
  }
}
