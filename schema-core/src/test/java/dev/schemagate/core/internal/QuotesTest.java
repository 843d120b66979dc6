package dev.schemagate.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {

  @Test
  void a_quote_or_backslash_inside_a_quoted_name_is_escaped_so_the_quote_ends_where_the_name_does() {
    assertThat(Quotes.quote("OrderPlaced")).isEqualTo("\"OrderPlaced\"");
    assertThat(Quotes.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(Quotes.quote("C:\\tmp")).isEqualTo("\"C:\\\\tmp\"");
    assertThat(Quotes.quote("line\nbreak")).isEqualTo("\"line\\nbreak\"");
    assertThat(Quotes.quote("café")).isEqualTo("\"café\"");
  }

  @Test
  void sentences_of_every_language_quote_a_name_that_holds_a_quote_escaped() {
    ParsedSchema oldJson = SchemaParser.parse(SchemaType.JSON,
        "{\"type\":\"object\",\"properties\":{\"a\\\"b\":{\"type\":\"string\"}},\"required\":[\"a\\\"b\"],\"additionalProperties\":false}");
    ParsedSchema newJson = SchemaParser.parse(SchemaType.JSON,
        "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}");
    List<Incompatibility> found = CompatibilityChecker.create()
        .check(newJson, List.of(new VersionedSchema(1, oldJson)), CompatibilityLevel.FORWARD).incompatibilities();

    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(finding -> assertThat(finding.message()).contains("\"a\\\"b\"").doesNotContain("\"a\"b\""));
  }
}
