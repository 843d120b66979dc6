package dev.schemagate.core.gate;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.LocalSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the subject of each schema file: an explicit mapping (by path below the schema folder, or by
 * file name) first, else the {@link SubjectNaming} plus a suffix such as {@code -value}.
 */
public final class Subjects {
  private final SubjectNaming naming;
  private final String suffix;
  private final Map<String, String> mappings;

  public Subjects(SubjectNaming naming, String suffix, Map<String, String> mappings) {
    this.naming = naming == null ? SubjectNaming.FILE_NAME : naming;
    this.suffix = suffix == null ? "" : suffix;
    this.mappings = Map.copyOf(mappings);
  }

  /**
   * The subject of every file.
   *
   * @param folder how messages name the schema folder, e.g. {@code src/main/schemas}
   * @throws SchemaGateException when two files get one subject, or a mapping names no file
   */
  public List<SubjectFile> assign(List<LocalSchema> schemas, String folder) {
    List<SubjectFile> assigned = new ArrayList<>();
    Map<String, String> fileOfSubject = new LinkedHashMap<>();
    Set<String> usedMappings = new HashSet<>();
    for (LocalSchema schema : schemas) {
      String path = schema.file().path();
      String subject = subjectOf(schema, folder, usedMappings);
      String other = fileOfSubject.putIfAbsent(subject, path);
      if (other != null) {
        throw new SchemaGateException(
            "The schema files " + folder + "/" + other + " and " + folder + "/" + path + " both get the subject \"" + subject
                + "\"; give one of them another subject in subjectMappings.");
      }
      assigned.add(new SubjectFile(subject, folder + "/" + path, schema));
    }
    for (String key : mappings.keySet()) {
      if (!usedMappings.contains(key)) {
        throw new SchemaGateException(
            "The subjectMappings entry for \"" + key + "\" names no schema file in " + folder
                + "; use a path below that folder (orders/OrderPlaced.avsc) or a file name (OrderPlaced.avsc).");
      }
    }
    return assigned;
  }

  private String subjectOf(LocalSchema schema, String folder, Set<String> usedMappings) {
    String path = schema.file().path();
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (String key : List.of(path, name)) {
      if (mappings.containsKey(key)) {
        usedMappings.add(key);
        return mappings.get(key);
      }
    }
    if (naming == SubjectNaming.SCHEMA_NAME && schema.isValid()) {
      String own =
          schema.schema().name()
              .orElseThrow(
                  () ->
                      new SchemaGateException(
                          "The schema " + folder + "/" + path + " gives itself no name (an Avro named type, or a JSON Schema $id or title),"
                              + " so subjectNaming SCHEMA_NAME cannot name its subject; add a name or map the file in subjectMappings."));
      return own + suffix;
    }
    return schema.file().stem() + suffix;
  }
}
