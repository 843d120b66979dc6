package dev.schemagate.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registry with something of every kind in it, and every read endpoint's answer, for tests that
 * move a registry (copy, backup and restore, migration) and compare what it answers before and after.
 */
public final class RegistryReads {
  private RegistryReads() {}

  /** Subjects with live, soft-deleted and removed versions, a reference, metadata, three languages, settings. */
  public static void fill(HttpClientForTests client) {
    String v1 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    String v2 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
        + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";
    String v3 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
        + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"},{\"name\":\"n\",\"type\":\"int\",\"default\":0}]}";
    ok(client.register("orders-value", null, v1));
    ok(client.register("orders-value", null, v2));
    ok(client.register("orders-value", null, v3));
    ok(client.delete("/subjects/orders-value/versions/3"));
    ok(client.register("payments-value", null, "{\"type\":\"record\",\"name\":\"Money\",\"fields\":[]}"));
    ObjectNode user = HttpClientForTests.schemaBody(null,
        "{\"type\":\"record\",\"name\":\"Pay\",\"fields\":[{\"name\":\"m\",\"type\":\"Money\"}]}");
    user.putArray("references").addObject().put("name", "Money").put("subject", "payments-value").put("version", 1);
    ok(client.post("/subjects/pay-value/versions", user));
    ObjectNode withMetadata = HttpClientForTests.schemaBody("JSON", "{\"type\":\"object\"}");
    withMetadata.putObject("metadata").putObject("properties").put("owner", "team-a");
    ok(client.post("/subjects/json-value/versions", withMetadata));
    // U+0000 and U+0001 in the text: PostgreSQL holds them escaped, and a copy in either direction keeps them
    ok(client.register("proto-value", "PROTOBUF", "syntax = \"proto3\"; // \u0000 \u0001\u0001\n message P { string a = 1; }"));
    ok(client.register("same-value", null, v1)); // the same content under a second subject: the same id
    ok(client.register("soft-value", null, "\"float\""));
    ok(client.delete("/subjects/soft-value"));
    ok(client.register("gone-value", null, "\"long\""));
    ok(client.delete("/subjects/gone-value"));
    ok(client.delete("/subjects/gone-value?permanent=true"));
    ok(client.put("/config/payments-value", HttpClientForTests.json("{\"compatibility\":\"FULL\"}")));
    ok(client.put("/config", HttpClientForTests.json("{\"compatibility\":\"BACKWARD_TRANSITIVE\"}")));
    ok(client.put("/mode/proto-value", HttpClientForTests.json("{\"mode\":\"READONLY\"}")));
  }

  private static void ok(Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }

  /** Every read endpoint, for every subject, version and id: path to status and body. */
  public static Map<String, String> everyRead(HttpClientForTests client) {
    Map<String, String> reads = new LinkedHashMap<>();
    for (String path : new String[] {"/subjects", "/subjects?deleted=true", "/subjects?deletedOnly=true", "/schemas",
        "/schemas?deleted=true", "/schemas?latestOnly=true", "/config", "/mode", "/schemas/types"}) {
      read(client, path, reads);
    }
    for (JsonNode subjectName : client.get("/subjects?deleted=true").json()) {
      String subject = "/subjects/" + subjectName.asText();
      read(client, subject + "/versions", reads);
      read(client, subject + "/versions?deleted=true", reads);
      for (JsonNode version : client.get(subject + "/versions?deleted=true").json()) {
        String path = subject + "/versions/" + version.asInt();
        read(client, path, reads);
        read(client, path + "?deleted=true", reads);
        read(client, path + "/schema?deleted=true", reads);
        read(client, path + "/referencedby", reads);
      }
      read(client, subject + "/versions/latest", reads);
      read(client, "/config/" + subjectName.asText(), reads);
      read(client, "/mode/" + subjectName.asText(), reads);
      read(client, "/config/" + subjectName.asText() + "?defaultToGlobal=true", reads);
      read(client, "/mode/" + subjectName.asText() + "?defaultToGlobal=true", reads);
    }
    // the first ten ids (some never handed out, some deleted for good) and every id a version names
    java.util.SortedSet<Integer> ids = new java.util.TreeSet<>();
    for (int id = 1; id <= 10; id++) {
      ids.add(id);
    }
    client.get("/schemas?deleted=true").json().forEach(schema -> ids.add(schema.get("id").asInt()));
    for (int id : ids) {
      read(client, "/schemas/ids/" + id, reads);
      read(client, "/schemas/ids/" + id + "/schema", reads);
      read(client, "/schemas/ids/" + id + "/subjects?deleted=true", reads);
      read(client, "/schemas/ids/" + id + "/versions?deleted=true", reads);
    }
    return reads;
  }

  private static void read(HttpClientForTests client, String path, Map<String, String> reads) {
    Answer answer = client.get(path);
    reads.put(path, answer.status() + " " + answer.text());
  }
}
