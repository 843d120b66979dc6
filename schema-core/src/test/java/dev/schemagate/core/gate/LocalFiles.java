package dev.schemagate.core.gate;

import dev.schemagate.core.catalog.LocalSchema;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFiles;
import java.util.List;
import java.util.Map;

/** Schema trees held in memory, for tests. */
public final class LocalFiles {
  private LocalFiles() {}

  public static SchemaCatalog catalog(String origin, Map<String, String> files) {
    return SchemaCatalog.load(SchemaFiles.of(origin, files));
  }

  public static List<LocalSchema> parsed(Map<String, String> files) {
    return catalog("src/main/schemas", files).parseAll();
  }

  public static List<SubjectFile> byFileName(SchemaCatalog catalog) {
    return new Subjects(SubjectNaming.FILE_NAME, null, Map.of()).assign(catalog.parseAll(), "src/main/schemas");
  }

  public static String avroRecord(String name, String fields) {
    return "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[" + fields + "]}";
  }
}
