package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.validate.InstanceProblem;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Checks that an event, given as JSON, can be written with an Avro schema: every field without a
 * default is present and of the right type, null only where a union allows it, enum symbols known,
 * numbers in range, no property the record does not declare.
 *
 * <p>The JSON an event arrives in is either plain JSON as applications write it (a union value as
 * itself) or Avro's own JSON encoding (a non-null union value wrapped as {@code {"branch": value}});
 * both are accepted. Per type:
 *
 * <ul>
 *   <li>{@code int}, {@code long}: an integral number in range; {@code float}, {@code double}: a
 *       number; {@code string}, {@code bytes}: a string; {@code fixed}: a string of exactly its size
 *       in Avro's ISO-8859-1 form, or Base64 of that many bytes (as Jackson writes {@code byte[]}).
 *   <li>{@code enum}: one of its symbols; {@code array}: an array; {@code map}: an object; {@code
 *       record}: an object, a field with a default may be left out.
 *   <li>Logical types take their underlying value or, as Jackson writes {@code java.time} values
 *       with {@code WRITE_DATES_AS_TIMESTAMPS} off, ISO-8601 text: {@code date} days or {@code
 *       "2024-05-17"}; {@code time-*} a count or {@code "10:15:30"}; {@code timestamp-*} a count
 *       since the epoch or an instant with offset {@code "2024-05-17T10:15:30Z"}; {@code
 *       local-timestamp-*} a count or {@code "2024-05-17T10:15:30"}; {@code decimal} a JSON number
 *       that fits its precision and scale (or the bytes as a string); {@code uuid} a UUID string.
 * </ul>
 */
final class AvroInstanceValidator implements InstanceValidator {
  private final Schema schema;

  AvroInstanceValidator(AvroSchema schema) {
    this.schema = schema.avro();
  }

  @Override
  public List<InstanceProblem> validate(JsonNode instance) {
    List<InstanceProblem> problems = new ArrayList<>();
    check(schema, instance, "", problems);
    return problems;
  }

  static void check(Schema type, JsonNode value, String path, List<InstanceProblem> out) {
    if (type.getType() == Schema.Type.UNION) {
      union(type, value, path, out);
      return;
    }
    if (value.isNull() && type.getType() != Schema.Type.NULL) {
      out.add(new InstanceProblem(path, "The value is null but the schema wants " + AvroInstanceWords.type(type)
          + ", which does not allow null; set a value or make the type a union with \"null\"."));
      return;
    }
    switch (type.getType()) {
      case RECORD -> record(type, value, path, out);
      case ARRAY -> array(type, value, path, out);
      case MAP -> map(type, value, path, out);
      default -> AvroScalars.check(type, value, path, out);
    }
  }

  private static void record(Schema record, JsonNode value, String path, List<InstanceProblem> out) {
    if (!value.isObject()) {
      out.add(AvroInstanceWords.wrongKind(record, value, path));
      return;
    }
    Set<String> declared = new HashSet<>();
    for (Schema.Field field : record.getFields()) {
      declared.add(field.name());
      JsonNode fieldValue = value.get(field.name());
      if (fieldValue == null) {
        if (!field.hasDefaultValue()) {
          out.add(new InstanceProblem(path, "Field \"" + field.name() + "\" of record \"" + record.getFullName()
              + "\" is missing and has no default, so the event cannot be written; set it."));
        }
        continue;
      }
      check(field.schema(), fieldValue, Pointers.append(path, field.name()), out);
    }
    Iterator<String> names = value.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!declared.contains(name)) {
        out.add(new InstanceProblem(Pointers.append(path, name), "Property \"" + name + "\" is not a field of record \""
            + record.getFullName() + "\", so it would be lost when the event is written; remove it or add the field to the schema."));
      }
    }
  }

  private static void array(Schema array, JsonNode value, String path, List<InstanceProblem> out) {
    if (!value.isArray()) {
      out.add(AvroInstanceWords.wrongKind(array, value, path));
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      check(array.getElementType(), value.get(i), Pointers.append(path, i), out);
    }
  }

  private static void map(Schema map, JsonNode value, String path, List<InstanceProblem> out) {
    if (!value.isObject()) {
      out.add(AvroInstanceWords.wrongKind(map, value, path));
      return;
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      check(map.getValueType(), entry.getValue(), Pointers.append(path, entry.getKey()), out);
    }
  }

  /**
   * A union value is fine if one branch takes it as it is, or if it is Avro's wrapped form naming a
   * branch that takes the inner value. Otherwise the problems of the one branch of the value's JSON
   * kind are reported, as they say most about what to fix; failing that, one sentence lists the
   * branches.
   */
  private static void union(Schema union, JsonNode value, String path, List<InstanceProblem> out) {
    List<Schema> sameKind = new ArrayList<>();
    for (Schema branch : union.getTypes()) {
      List<InstanceProblem> tried = new ArrayList<>();
      check(branch, value, path, tried);
      if (tried.isEmpty()) {
        return;
      }
      if (AvroInstanceWords.sameKind(branch, value)) {
        sameKind.add(branch);
      }
    }
    Schema wrapped = wrappedBranch(union, value);
    if (wrapped != null) {
      Map.Entry<String, JsonNode> only = value.properties().iterator().next();
      check(wrapped, only.getValue(), Pointers.append(path, only.getKey()), out);
      return;
    }
    if (value.isNull()) {
      out.add(new InstanceProblem(path, "The value is null but the schema wants " + AvroInstanceWords.type(union)
          + ", which does not allow null; set a value or add \"null\" to the union."));
    } else if (sameKind.size() == 1) {
      check(sameKind.get(0), value, path, out);
    } else {
      out.add(AvroInstanceWords.wrongKind(union, value, path));
    }
  }

  /** The branch Avro's JSON encoding names when the value is {@code {"<branch name>": inner}}. */
  private static Schema wrappedBranch(Schema union, JsonNode value) {
    if (!value.isObject() || value.size() != 1) {
      return null;
    }
    String name = value.fieldNames().next();
    for (Schema branch : union.getTypes()) {
      if (branch.getType() != Schema.Type.NULL && name.equals(branch.getFullName())) {
        return branch;
      }
    }
    return null;
  }
}
