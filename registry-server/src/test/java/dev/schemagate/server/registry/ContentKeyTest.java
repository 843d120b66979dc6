package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Content keys are stored: they must stay what databases already hold. */
class ContentKeyTest {
  private static final ParsedSchema SCHEMA = SchemaParser.parse(SchemaType.AVRO, "\"string\"");

  @Test
  void a_schema_without_metadata_or_rules_is_keyed_by_its_fingerprint() {
    assertThat(StoredSchemas.contentKey(SCHEMA, null, new ObjectMapper().createObjectNode())).isEqualTo(SCHEMA.fingerprint());
  }

  @Test
  void with_metadata_the_key_is_sha256_of_fingerprint_and_canonical_metadata_and_rules_on_lines() throws Exception {
    JsonNode metadata = new ObjectMapper().readTree("{\"properties\":{\"owner\":\"Zoë\",\"a\":\"1\"}}");
    String lines = SCHEMA.fingerprint() + "\n{\"properties\":{\"a\":\"1\",\"owner\":\"Zoë\"}}\n";
    String expected = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(lines.getBytes(StandardCharsets.UTF_8)));

    assertThat(StoredSchemas.contentKey(SCHEMA, metadata, null)).isEqualTo(expected);
  }
}
