package dev.schemagate.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every rule of a schema language has a folder of cases under {@code rules/<language>}, chosen by the
 * rule's {@link Rule#format()}, and every folder there is a rule that language's checker can report:
 * one of its own or a rule of any format. The one other folder allowed holds changes that break nothing.
 */
class RuleFoldersTest {
  private static final Set<String> NOT_A_RULE = Set.of("compatible");

  @ParameterizedTest
  @EnumSource(SchemaType.class)
  void every_rule_of_a_language_has_a_folder_of_cases_and_every_folder_is_such_a_rule(SchemaType type)
      throws IOException, URISyntaxException {
    Path root = Path.of(RuleFoldersTest.class.getResource("/rules/" + type.name().toLowerCase(Locale.ROOT)).toURI());
    List<String> folders;
    try (Stream<Path> dirs = Files.list(root)) {
      folders = dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).toList();
    }
    List<String> own = Arrays.stream(Rule.values()).filter(r -> r.format().equals(java.util.Optional.of(type)))
        .map(Rule::name).toList();
    List<String> reportable = Arrays.stream(Rule.values()).filter(r -> r.format().map(type::equals).orElse(true))
        .map(Rule::name).toList();

    assertThat(own).as("rules of %s", type).isNotEmpty();
    assertThat(folders).as("folders of rules/%s", type).containsAll(own);
    assertThat(folders.stream().filter(folder -> !NOT_A_RULE.contains(folder)).toList())
        .as("folders of rules/%s that are not rules its checker reports", type).isSubsetOf(reportable);
  }
}
