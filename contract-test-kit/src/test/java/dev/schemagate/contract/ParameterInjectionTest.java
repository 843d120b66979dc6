package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** EventContracts reaches every place JUnit resolves parameters, and is one object per annotated class. */
@EventContractTest(schemas = "src/test/resources/contracts/json")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParameterInjectionTest {
  private final EventContracts fromConstructor;
  private final List<EventContracts> seen = new ArrayList<>();

  ParameterInjectionTest(EventContracts contracts) {
    this.fromConstructor = contracts;
  }

  @BeforeAll
  void before_all(EventContracts contracts) {
    seen.add(contracts);
  }

  @BeforeEach
  void before_each(EventContracts contracts) {
    seen.add(contracts);
  }

  @Test
  void constructors_lifecycle_methods_and_tests_get_the_same_contracts(EventContracts contracts) {
    assertThat(seen).isNotEmpty().allSatisfy(each -> assertThat(each).isSameAs(contracts));
    assertThat(fromConstructor).isSameAs(contracts);
  }

  @Test
  void the_injected_contracts_use_the_annotations_source(EventContracts contracts) {
    assertThat(contracts.versions("OrderPlaced")).containsExactly(1, 2);
    assertThat(contracts.schema("OrderPlaced").origin()).isEqualTo("src/test/resources/contracts/json/OrderPlaced.json");
  }

  @Nested
  class InANestedClass {
    @Test
    void the_enclosing_annotation_applies_and_the_contracts_are_shared(EventContracts contracts) {
      assertThat(contracts).isSameAs(fromConstructor);
    }
  }

  @Nested
  @EventContractTest(schemas = "src/test/resources/contracts/avro")
  class WithItsOwnAnnotation {
    @Test
    void the_nearest_annotation_wins(EventContracts contracts) {
      assertThat(contracts).isNotSameAs(fromConstructor);
      assertThat(contracts.schema("OrderPlaced").version()).isEqualTo(3);
    }
  }
}
