package dev.schemagate.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.avro.AvroSchema;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.SchemaReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryReferenceTest extends AgainstFakeRegistry {
  private static final String MONEY =
      "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"com.acme.Money\\\",\\\"fields\\\":[{\\\"name\\\":\\\"currency\\\",\\\"type\\\":\\\"com.acme.Currency\\\"}]}";
  private static final String CURRENCY = "{\\\"type\\\":\\\"enum\\\",\\\"name\\\":\\\"com.acme.Currency\\\",\\\"symbols\\\":[\\\"EUR\\\"]}";
  private static final String ORDER =
      "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"com.acme.OrderPlaced\\\",\\\"fields\\\":[{\\\"name\\\":\\\"total\\\",\\\"type\\\":\\\"com.acme.Money\\\"}]}";

  private void version(String subject, int version, String schema, String references) {
    registry.answer("GET", "/subjects/" + subject + "/versions/" + version, 200,
        "{\"subject\":\"" + subject + "\",\"version\":" + version + ",\"id\":" + (10 * version + subject.length())
            + ",\"schema\":\"" + schema + "\",\"references\":" + references + "}");
  }

  private void moneyAndCurrency() {
    version("Currency", 1, CURRENCY, "[]");
    version("Money", 2, MONEY, "[{\"name\":\"com.acme.Currency\",\"subject\":\"Currency\",\"version\":1}]");
  }

  @Test
  void resolves_references_recursively_with_dependencies_first() {
    moneyAndCurrency();

    var resolved = client.resolveReferences(List.of(new SchemaReference("com.acme.Money", "Money", 2)));

    assertThat(resolved.keySet()).containsExactly("com.acme.Currency", "com.acme.Money");
    assertThat(resolved.get("com.acme.Currency")).contains("\"enum\"");
  }

  @Test
  void a_subject_history_is_parsed_oldest_first_with_references_resolved() {
    moneyAndCurrency();
    registry.answer("GET", "/subjects/OrderPlaced/versions", 200, "[1]");
    version("OrderPlaced", 1, ORDER, "[{\"name\":\"com.acme.Money\",\"subject\":\"Money\",\"version\":2}]");

    List<VersionedSchema> history = client.history("OrderPlaced");

    assertThat(history).singleElement().satisfies(v -> {
      assertThat(v.version()).isEqualTo(1);
      assertThat(((AvroSchema) v.schema()).avro().getField("total").schema().getField("currency").schema().getEnumSymbols())
          .containsExactly("EUR");
    });
  }

  @Test
  void a_reference_cycle_is_named_instead_of_recursing_forever() {
    version("A", 1, CURRENCY, "[{\"name\":\"b\",\"subject\":\"B\",\"version\":1}]");
    version("B", 1, CURRENCY, "[{\"name\":\"a\",\"subject\":\"A\",\"version\":1}]");

    Throwable thrown = catchThrowable(() -> client.resolveReferences(List.of(new SchemaReference("a", "A", 1))));

    assertThat(thrown).isInstanceOf(SchemaGateException.class)
        .hasMessage("The references of the schema form a cycle (A version 1 -> B version 1 -> A version 1),"
            + " so they cannot be resolved; break the cycle in the registry.");
  }

  @Test
  void each_referenced_version_is_fetched_once_per_resolution() {
    moneyAndCurrency();

    client.resolveReferences(List.of(
        new SchemaReference("com.acme.Money", "Money", 2), new SchemaReference("com.acme.Currency", "Currency", 1)));

    assertThat(registry.requests()).extracting(FakeRegistry.Request::target)
        .containsExactly("/subjects/Money/versions/2", "/subjects/Currency/versions/1");
  }

  @Test
  void a_registered_version_that_does_not_parse_is_named_with_subject_version_and_registry() {
    registry.answer("GET", "/subjects/Broken/versions", 200, "[1]");
    version("Broken", 1, "{\\\"type\\\":\\\"record\\\"}", "[]");

    Throwable thrown = catchThrowable(() -> client.history("Broken"));

    assertThat(thrown).isInstanceOf(SchemaGateException.class)
        .hasMessageStartingWith("Version 1 of subject \"Broken\" in the registry at " + registry.url() + " cannot be parsed: ");
  }
}
