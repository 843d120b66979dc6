package dev.schemagate.core.language;

import dev.schemagate.core.avro.AvroLanguage;
import dev.schemagate.core.json.JsonLanguage;
import dev.schemagate.core.protobuf.ProtobufLanguage;
import dev.schemagate.core.schema.SchemaType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The languages SchemaGate knows: this list is the one place a language is registered. */
public final class SchemaLanguages {
  private static final List<SchemaLanguage> ALL = List.of(AvroLanguage.INSTANCE, JsonLanguage.INSTANCE, ProtobufLanguage.INSTANCE);
  private static final Map<SchemaType, SchemaLanguage> BY_TYPE = byType();
  private static final List<SchemaLanguage> IN_FOLDERS = ALL.stream().filter(language -> language.references().isPresent()).toList();

  private SchemaLanguages() {}

  private static Map<SchemaType, SchemaLanguage> byType() {
    Map<SchemaType, SchemaLanguage> map = new EnumMap<>(SchemaType.class);
    ALL.forEach(language -> map.put(language.type(), language));
    if (map.size() != SchemaType.values().length) {
      throw new IllegalStateException("Every schema type needs exactly one language, but the languages are " + map.keySet());
    }
    return map;
  }

  /** Every language, in registration order. */
  public static List<SchemaLanguage> all() {
    return ALL;
  }

  public static SchemaLanguage of(SchemaType type) {
    return BY_TYPE.get(type);
  }

  /** The languages whose schema files are read from folders: those that can find what a file references. */
  public static List<SchemaLanguage> inFolders() {
    return IN_FOLDERS;
  }

  /**
   * The language of a schema file in a folder, by the ending of its name; empty for a file no
   * language reads from folders.
   */
  public static Optional<SchemaLanguage> ofFile(String path) {
    return IN_FOLDERS.stream().filter(language -> language.fileExtensions().stream().anyMatch(path::endsWith)).findFirst();
  }
}
