package dev.schemagate.contract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java snippets of the READMEs are taken from the runnable examples in this package; this keeps
 * them from drifting apart. Each snippet's lines, without trailing comments, must appear in that
 * order in one example. The {@code @EventContractTest} line may differ: the READMEs show a user's
 * folder, the examples use their test resources. A snippet that declares a class compiles as shown:
 * it imports every name of the example it uses.
 */
class ReadmeSnippetsTest {
  static final List<Path> READMES = List.of(Path.of("README.md"), Path.of("../README.md"));
  private static final Path EXAMPLES = Path.of("src/test/java/dev/schemagate/contract/examples");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> every_java_snippet_of_the_readmes_comes_from_an_example_and_has_its_imports() throws IOException {
    List<List<String>> examples = new ArrayList<>();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        examples.add(lines(Files.readString(file)));
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path readme : READMES) {
      Matcher block = JAVA_BLOCK.matcher(Files.readString(readme));
      int number = 0;
      while (block.find()) {
        List<String> snippet = lines(block.group(1));
        String name = readme.normalize() + " snippet " + ++number;
        tests.add(DynamicTest.dynamicTest(name, () -> {
          Optional<List<String>> example = examples.stream().filter(candidate -> inOrder(snippet, candidate)).findFirst();
          assertThat(example)
              .as("%s is not found line by line in any example under %s:%n%s", name, EXAMPLES, String.join("\n", snippet))
              .isPresent();
          if (declaresClass(snippet)) {
            assertThat(missingImports(snippet, example.get())).as("%s uses names it does not import", name).isEmpty();
          }
        }));
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

  private static boolean declaresClass(List<String> snippet) {
    return snippet.stream().anyMatch(line -> line.matches("(public |final |abstract )*class \\w+.*"));
  }

  /** The example's imports of names the snippet's code uses but does not import. */
  private static List<String> missingImports(List<String> snippet, List<String> example) {
    String code = String.join("\n", snippet.stream().filter(line -> !line.startsWith("import ")).toList());
    List<String> missing = new ArrayList<>();
    for (String line : example) {
      if (line.startsWith("import ") && !snippet.contains(line)) {
        String simpleName = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
        if (Pattern.compile("\\b" + Pattern.quote(simpleName) + "\\b").matcher(code).find()) {
          missing.add(line);
        }
      }
    }
    return missing;
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
