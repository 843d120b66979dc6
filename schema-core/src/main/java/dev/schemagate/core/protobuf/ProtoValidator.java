package dev.schemagate.core.protobuf;

import dev.schemagate.core.protobuf.ProtoElements.EnumType;
import dev.schemagate.core.protobuf.ProtoElements.EnumValue;
import dev.schemagate.core.protobuf.ProtoElements.Field;
import dev.schemagate.core.protobuf.ProtoElements.Import;
import dev.schemagate.core.protobuf.ProtoElements.Label;
import dev.schemagate.core.protobuf.ProtoElements.Message;
import dev.schemagate.core.protobuf.ProtoElements.ProtoType;
import dev.schemagate.core.protobuf.ProtoElements.Reserved;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What protoc would refuse in a file that parses: unknown types and imports, field numbers used
 * twice or reserved, {@code required} in proto3, a proto3 enum not starting at 0. Every problem is
 * collected, each at its line.
 */
final class ProtoValidator {
  private static final Set<String> MAP_KEY_TYPES = Set.of(
      "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string");

  private final ProtoFile file;
  private final ProtoTypes types;
  private final List<SchemaProblem> problems = new ArrayList<>();

  private ProtoValidator(ProtoFile file, ProtoTypes types) {
    this.file = file;
    this.types = types;
  }

  /** @param dependencies the files the imports name, by import path */
  public static List<SchemaProblem> check(ProtoFile file, Map<String, ProtoFile> dependencies, ProtoTypes types) {
    ProtoValidator validator = new ProtoValidator(file, types);
    for (Import anImport : file.imports()) {
      if (!ProtoTypes.isBuiltIn(anImport.path()) && !dependencies.containsKey(anImport.path())) {
        validator.problems.add(SchemaProblem.atText(anImport.line(), anImport.column(), "The import \"" + anImport.path() + "\" is neither a well-known"
            + " file nor one of the schema's references; add a reference named \"" + anImport.path() + "\"."));
      }
    }
    validator.checkTypes(file.types(), file.packageName());
    return validator.problems;
  }

  private void checkTypes(List<ProtoType> declared, String scope) {
    Set<String> names = new HashSet<>();
    for (ProtoType type : declared) {
      if (!names.add(type.name())) {
        problems.add(SchemaProblem.atText(type.line(), 1, "\"" + type.name() + "\" is declared twice in the same scope; rename one."));
      }
      String fullName = scope.isEmpty() ? type.name() : scope + "." + type.name();
      if (type instanceof Message message) {
        checkMessage(message, fullName);
      } else {
        checkEnum((EnumType) type);
      }
    }
  }

  private void checkMessage(Message message, String fullName) {
    Map<Integer, String> numbers = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (Field field : message.allFields()) {
      String previous = numbers.putIfAbsent(field.number(), field.name());
      if (previous != null) {
        at(field, "Fields \"" + previous + "\" and \"" + field.name() + "\" of " + message.name() + " both use number "
            + field.number() + "; give each field its own number.");
      }
      if (!names.add(field.name())) {
        at(field, "Field \"" + field.name() + "\" is declared twice in " + message.name() + "; rename one.");
      }
      if (field.number() >= 19_000 && field.number() <= 19_999) {
        at(field, "Field \"" + field.name() + "\" uses number " + field.number()
            + ", which Protocol Buffers reserves for itself (19000 to 19999); pick another number.");
      }
      for (Reserved reserved : message.reserved()) {
        if (reserved.reservesNumber(field.number())) {
          at(field, "Field \"" + field.name() + "\" uses number " + field.number() + ", which " + message.name()
              + " reserves; pick another number.");
        }
        if (reserved.names().contains(field.name())) {
          at(field, "Field name \"" + field.name() + "\" is reserved in " + message.name() + "; pick another name.");
        }
      }
      if (file.isProto3() && field.label() == Label.REQUIRED) {
        at(field, "Field \"" + field.name() + "\" is required, which proto3 does not allow; make it optional.");
      }
      checkFieldType(field, fullName);
    }
    message.extensions().forEach(extend -> extend.fields().forEach(field -> checkFieldType(field, fullName)));
    checkTypes(message.nested(), fullName);
  }

  private void checkFieldType(Field field, String scope) {
    if (field.isMap()) {
      if (!MAP_KEY_TYPES.contains(field.keyType())) {
        at(field, "Map field \"" + field.name() + "\" has key type " + field.keyType()
            + "; map keys must be an integer type, bool or string.");
      }
      checkNamedType(field, field.valueType(), scope);
    } else {
      checkNamedType(field, field.type(), scope);
    }
  }

  private void checkNamedType(Field field, String type, String scope) {
    if (!ProtoTypes.SCALARS.contains(type) && types.resolve(type, scope).isEmpty()) {
      at(field, "Field \"" + field.name() + "\" has type \"" + type + "\", which is not declared here or in an imported"
          + " file; declare it or import the file that does.");
    }
  }

  private void checkEnum(EnumType enumType) {
    if (enumType.values().isEmpty()) {
      problems.add(SchemaProblem.atText(enumType.line(), 1, "Enum " + enumType.name() + " has no values; declare at least one."));
      return;
    }
    if (file.isProto3() && enumType.values().get(0).number() != 0) {
      EnumValue first = enumType.values().get(0);
      problems.add(SchemaProblem.atText(first.line(), 1, "The first value of proto3 enum " + enumType.name() + " is "
          + first.name() + " = " + first.number() + "; proto3 enums must start with a value numbered 0."));
    }
    boolean aliases = enumType.options().stream().anyMatch(o -> o.name().equals("allow_alias") && o.value().equals("true"));
    Map<Integer, String> numbers = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (EnumValue value : enumType.values()) {
      String previous = numbers.putIfAbsent(value.number(), value.name());
      if (previous != null && !aliases) {
        problems.add(SchemaProblem.atText(value.line(), 1, "Enum values " + previous + " and " + value.name() + " of "
            + enumType.name() + " both use number " + value.number() + "; use another number or option allow_alias = true."));
      }
      if (!names.add(value.name())) {
        problems.add(SchemaProblem.atText(value.line(), 1, "Enum value " + value.name() + " is declared twice in "
            + enumType.name() + "; rename one."));
      }
    }
  }

  private void at(Field field, String message) {
    problems.add(SchemaProblem.atText(field.line(), field.column(), message));
  }
}
