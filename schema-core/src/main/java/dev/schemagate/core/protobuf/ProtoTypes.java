package dev.schemagate.core.protobuf;

import dev.schemagate.core.protobuf.ProtoElements.EnumType;
import dev.schemagate.core.protobuf.ProtoElements.Message;
import dev.schemagate.core.protobuf.ProtoElements.ProtoType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every message and enum a file can use, by full name: its own, those of the files it imports, and
 * the well-known types every registry knows without a reference ({@code google.protobuf.Timestamp},
 * ...). Resolves a type name the way protoc does, from the innermost scope outwards.
 */
final class ProtoTypes {
  /** Scalar value types, which need no declaration. */
  public static final Set<String> SCALARS = Set.of(
      "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
      "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes");

  private static final Set<String> WELL_KNOWN_MESSAGES = Set.of(
      "google.protobuf.Any", "google.protobuf.Api", "google.protobuf.BoolValue", "google.protobuf.BytesValue",
      "google.protobuf.DoubleValue", "google.protobuf.Duration", "google.protobuf.Empty", "google.protobuf.Enum",
      "google.protobuf.EnumValue", "google.protobuf.Field", "google.protobuf.FieldMask", "google.protobuf.FloatValue",
      "google.protobuf.Int32Value", "google.protobuf.Int64Value", "google.protobuf.ListValue", "google.protobuf.Method",
      "google.protobuf.Mixin", "google.protobuf.Option", "google.protobuf.SourceContext", "google.protobuf.StringValue",
      "google.protobuf.Struct", "google.protobuf.Timestamp", "google.protobuf.Type", "google.protobuf.UInt32Value",
      "google.protobuf.UInt64Value", "google.protobuf.Value", "google.protobuf.FileDescriptorProto",
      "google.protobuf.FieldOptions", "google.protobuf.MessageOptions", "google.protobuf.FileOptions",
      "google.type.Color", "google.type.Date", "google.type.DateTime", "google.type.Decimal", "google.type.Expr",
      "google.type.Fraction", "google.type.Interval", "google.type.LatLng", "google.type.LocalizedText",
      "google.type.Money", "google.type.PhoneNumber", "google.type.PostalAddress", "google.type.Quaternion",
      "google.type.TimeOfDay", "google.type.TimeZone", "confluent.Meta", "confluent.type.Decimal");
  private static final Set<String> WELL_KNOWN_ENUMS = Set.of(
      "google.protobuf.NullValue", "google.protobuf.Syntax", "google.type.CalendarPeriod", "google.type.DayOfWeek",
      "google.type.Month");

  public enum Kind {
    MESSAGE,
    ENUM
  }

  /**
   * A declared type.
   *
   * @param declaration the message or enum; null for a well-known type
   * @param origin "" for the file itself, else the import that declares it
   */
  public record Definition(String fullName, Kind kind, ProtoType declaration, String packageName, String origin) {}

  private final Map<String, Definition> byName = new HashMap<>();

  private ProtoTypes() {}

  /** The types visible to {@code file}, whose imports are {@code dependencies} (by import path). */
  public static ProtoTypes of(ProtoFile file, Map<String, ProtoFile> dependencies) {
    ProtoTypes types = new ProtoTypes();
    WELL_KNOWN_MESSAGES.forEach(name -> types.byName.put(name, new Definition(name, Kind.MESSAGE, null, packageOf(name), "")));
    WELL_KNOWN_ENUMS.forEach(name -> types.byName.put(name, new Definition(name, Kind.ENUM, null, packageOf(name), "")));
    dependencies.forEach((path, dependency) -> types.add(dependency.packageName(), dependency.packageName(), dependency.types(), path));
    types.add(file.packageName(), file.packageName(), file.types(), "");
    return types;
  }

  /** Whether an import needs no reference: the well-known files every registry ships. */
  public static boolean isBuiltIn(String importPath) {
    return importPath.startsWith("google/protobuf/") || importPath.startsWith("google/type/")
        || importPath.startsWith("confluent/");
  }

  private void add(String packageName, String scope, List<ProtoType> declared, String origin) {
    for (ProtoType type : declared) {
      String fullName = scope.isEmpty() ? type.name() : scope + "." + type.name();
      Kind kind = type instanceof Message ? Kind.MESSAGE : Kind.ENUM;
      byName.put(fullName, new Definition(fullName, kind, type, packageName, origin));
      if (type instanceof Message message) {
        add(packageName, fullName, message.nested(), origin);
      }
    }
  }

  /**
   * The type {@code name} means when written inside {@code scope} (the full name of the enclosing
   * message, or the package): {@code .a.B} is absolute, otherwise the innermost scope that has it wins.
   */
  public Optional<Definition> resolve(String name, String scope) {
    if (name.startsWith(".")) {
      return Optional.ofNullable(byName.get(name.substring(1)));
    }
    String prefix = scope;
    while (true) {
      Definition found = byName.get(prefix.isEmpty() ? name : prefix + "." + name);
      if (found != null) {
        return Optional.of(found);
      }
      if (prefix.isEmpty()) {
        return Optional.empty();
      }
      int dot = prefix.lastIndexOf('.');
      prefix = dot < 0 ? "" : prefix.substring(0, dot);
    }
  }

  public Optional<Definition> byFullName(String fullName) {
    return Optional.ofNullable(byName.get(fullName));
  }

  private static String packageOf(String fullName) {
    return fullName.substring(0, fullName.lastIndexOf('.'));
  }
}
