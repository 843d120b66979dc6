package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.ServerTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With room in memory for a schema or two, every answer is still the stored one: what is not kept is read again. */
class SmallSchemaCacheTest extends ServerTest {
  private static final String ADDRESS = """
      {"type":"record","name":"Address","namespace":"shop","fields":[{"name":"city","type":"string"}]}""";

  @Override
  protected void configure(ServerConfig config) {
    config.schemaCacheBytes(4096);
  }

  private static String customer(int n, boolean withEmail) {
    return "{\"type\":\"record\",\"name\":\"Customer" + n + "\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"address\","
        + "\"type\":\"shop.Address\"}" + (withEmail ? ",{\"name\":\"email\",\"type\":\"string\",\"default\":\"\"}" : "") + "]}";
  }

  private static ObjectNode usingAddress(String schema) {
    ObjectNode body = HttpClientForTests.schemaBody(null, schema);
    body.putArray("references").addObject().put("name", "shop.Address").put("subject", "address").put("version", 1);
    return body;
  }

  @Test
  void schemas_read_checked_and_looked_up_after_they_left_memory_are_answered_as_stored() {
    Map<Integer, JsonNode> registered = new LinkedHashMap<>();
    registered.put(client.register("address", null, ADDRESS).json().get("id").asInt(), MAPPER.createObjectNode());
    for (int n = 1; n <= 4; n++) {
      registered.put(client.post("/subjects/customer-" + n + "/versions", usingAddress(customer(n, false))).json().get("id").asInt(),
          MAPPER.createObjectNode());
      registered.put(client.post("/subjects/customer-" + n + "/versions", usingAddress(customer(n, true))).json().get("id").asInt(),
          MAPPER.createObjectNode());
    }
    assertThat(registered).hasSize(9);

    for (int round = 0; round < 2; round++) {
      for (int id : registered.keySet()) {
        JsonNode schema = client.get("/schemas/ids/" + id).json();
        if (round == 0) {
          registered.put(id, schema);
        }
        assertThat(schema).as("schema %d in round %d", id, round).isEqualTo(registered.get(id));
      }
    }
    assertThat(registered.get(1).get("schema").asText()).isEqualTo(ADDRESS);

    for (int n = 1; n <= 4; n++) {
      ObjectNode breaking = usingAddress(customer(n, false).replace("]}", ",{\"name\":\"age\",\"type\":\"int\"}]}"));
      assertThat(client.post("/compatibility/subjects/customer-" + n + "/versions/latest", breaking).json().get("is_compatible")
          .asBoolean()).as("adding a field without a default to customer-%d", n).isFalse();
      assertThat(client.post("/subjects/customer-" + n, usingAddress(customer(n, false))).json().get("version").asInt())
          .as("looking up the first version of customer-%d", n).isEqualTo(1);
      assertThat(client.post("/subjects/customer-" + n + "/versions", usingAddress(customer(n, true))).json().get("version")
          .asInt()).as("registering the second version of customer-%d again", n).isEqualTo(2);
    }
  }
}
