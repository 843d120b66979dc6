package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemOrderTest {
  private static Problem at(String pointer, String rule, Integer version) {
    return new Problem("f.avsc", pointer, 0, 0, rule, "m", version, null);
  }

  @Test
  void newest_version_first_then_document_place_with_indexes_as_numbers_then_rule() {
    List<Problem> problems = new ArrayList<>(List.of(
        at("/fields/10", "TYPE_MISMATCH", 1),
        at("/required", "REQUIRED_PROPERTY_ADDED", 1),
        at("/fields/2", "TYPE_MISMATCH", 1),
        at("/fields/2", "NAME_MISMATCH", 1),
        at("/fields/2/type", "TYPE_MISMATCH", 3),
        at("", null, null)));

    problems.sort(Problem.ORDER);

    assertThat(problems).extracting(p -> p.oldVersion() + " " + p.pointer() + " " + p.rule()).containsExactly(
        "null  null",
        "3 /fields/2/type TYPE_MISMATCH",
        "1 /fields/2 NAME_MISMATCH",
        "1 /fields/2 TYPE_MISMATCH",
        "1 /fields/10 TYPE_MISMATCH",
        "1 /required REQUIRED_PROPERTY_ADDED");
  }
}
