package dev.schemagate.server.migration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One subject version as the source registry answers it ({@code GET /subjects/S/versions/V?deleted=true}).
 *
 * @param body the answer: id, schema, schemaType, references, metadata, ruleSet
 * @param deleted whether the source lists it only with {@code deleted=true}
 */
record SourceVersion(String subject, int version, int id, JsonNode body, boolean deleted) {

  /** Subject and version, the key of a version in both registries. */
  record Key(String subject, int version) {
    @Override
    public String toString() {
      return "subject \"" + subject + "\" version " + version;
    }
  }

  Key key() {
    return new Key(subject, version);
  }

  /** The subject versions this one's schema references. */
  List<Key> references() {
    List<Key> keys = new ArrayList<>();
    for (JsonNode reference : body.path("references")) {
      keys.add(new Key(reference.path("subject").asText(), reference.path("version").asInt()));
    }
    return keys;
  }
}
