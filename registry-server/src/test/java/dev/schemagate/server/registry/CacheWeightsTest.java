package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.SubjectVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values in memory weigh an estimate of the heap they take, so that one budget in bytes bounds them. */
class CacheWeightsTest {
  private static ParsedSchema record(int fields) {
    StringBuilder text = new StringBuilder("{\"type\":\"record\",\"name\":\"R\",\"fields\":[");
    for (int f = 0; f < fields; f++) {
      text.append(f == 0 ? "" : ",").append("{\"name\":\"f").append(f).append("\",\"type\":\"long\"}");
    }
    return SchemaParser.parse(SchemaType.AVRO, text.append("]}").toString(), List.of(), Map.of());
  }

  @Test
  void a_parsed_form_weighs_thirteen_bytes_a_character_of_its_text() {
    ParsedSchema small = record(1);
    ParsedSchema large = record(500);

    assertThat(StoredSchemas.parsedBytes(large) - StoredSchemas.parsedBytes(small))
        .isEqualTo(13 * (large.text().length() - small.text().length()));
  }

  @Test
  void a_history_weighs_by_its_versions_not_by_their_schemas() {
    List<SubjectVersion> history = new ArrayList<>();
    for (int v = 1; v <= 1_000; v++) {
      history.add(new SubjectVersion("orders", v, v, false));
    }

    assertThat(StoredSchemas.historyBytes(history) - StoredSchemas.historyBytes(history.subList(0, 1)))
        .isEqualTo(48 * 999);
  }
}
