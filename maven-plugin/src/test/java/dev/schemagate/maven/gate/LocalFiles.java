package dev.schemagate.maven.gate;

import dev.schemagate.core.catalog.LocalSchema;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFiles;
import java.util.List;
import java.util.Map;

/** Schema trees held in memory, for tests. */
final class LocalFiles {
  private LocalFiles() {}

  static SchemaCatalog catalog(String origin, Map<String, String> files) {
    return SchemaCatalog.load(SchemaFiles.of(origin, files));
  }

  static List<LocalSchema> parsed(Map<String, String> files) {
    return catalog("src/main/schemas", files).parseAll();
  }

  static List<SubjectFile> byFileName(SchemaCatalog catalog) {
    return new Subjects(SubjectNaming.FILE_NAME, null, Map.of()).assign(catalog.parseAll(), "src/main/schemas");
  }

  static String avroRecord(String name, String fields) {
    return "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[" + fields + "]}";
  }
}
