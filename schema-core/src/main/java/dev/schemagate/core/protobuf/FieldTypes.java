package dev.schemagate.core.protobuf;

import dev.schemagate.core.internal.Quotes;
import static dev.schemagate.core.internal.Quotes.quote;

import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.protobuf.ProtoElements.Field;
import dev.schemagate.core.protobuf.ProtoElements.Label;
import dev.schemagate.core.protobuf.ProtoTypes.Definition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the type of one field number in the writer and the reader. Scalars are grouped by wire
 * encoding (int32, int64, uint32, uint64, bool and enums are interchangeable; so are sint32 and
 * sint64, string and bytes, fixed32 and sfixed32, fixed64 and sfixed64).
 */
final class FieldTypes {
  enum Kind {
    SCALAR,
    MESSAGE,
    MAP
  }

  private static final Map<String, String> ENCODINGS = Map.ofEntries(
      Map.entry("int32", "varint"), Map.entry("int64", "varint"), Map.entry("uint32", "varint"),
      Map.entry("uint64", "varint"), Map.entry("bool", "varint"), Map.entry("sint32", "zigzag varint"),
      Map.entry("sint64", "zigzag varint"), Map.entry("string", "length-delimited"), Map.entry("bytes", "length-delimited"),
      Map.entry("fixed32", "32-bit"), Map.entry("sfixed32", "32-bit"), Map.entry("fixed64", "64-bit"),
      Map.entry("sfixed64", "64-bit"), Map.entry("float", "float"), Map.entry("double", "double"));

  private final ProtobufSchema writer;
  private final ProtobufSchema reader;
  private final ProtoDiff diff;

  FieldTypes(ProtobufSchema writer, ProtobufSchema reader, ProtoDiff diff) {
    this.writer = writer;
    this.reader = reader;
    this.diff = diff;
  }

  void compare(Field written, Field read, String writerScope, String readerScope, String path, SchemaPair pair,
      List<Finding> findings) {
    String name = quote(read.name()) + " (number " + read.number() + ")";
    if (written.isMap() && read.isMap()) {
      compareTypes(written.keyType(), read.keyType(), null, null, writerScope, readerScope, path, name, pair, findings);
      compareTypes(written.valueType(), read.valueType(), null, null, writerScope, readerScope, path, name, pair, findings);
      return;
    }
    compareTypes(written.type(), read.type(), written.label(), read.label(), writerScope, readerScope, path, name, pair, findings);
  }

  private void compareTypes(String writtenType, String readType, Label writtenLabel, Label readLabel, String writerScope,
      String readerScope, String path, String name, SchemaPair pair, List<Finding> findings) {
    Optional<Definition> writtenDefinition = definition(writer.types(), writtenType, writerScope);
    Optional<Definition> readDefinition = definition(reader.types(), readType, readerScope);
    Kind writtenKind = kind(writtenType, writtenDefinition);
    Kind readKind = kind(readType, readDefinition);
    String change = "from " + describe(pair, writtenType, readType, true) + " to " + describe(pair, writtenType, readType, false);
    if (writtenKind != readKind) {
      findings.add(Finding.of(Rule.FIELD_KIND_CHANGED, path, "Field " + name + " changed " + change
          + ", a " + kindWord(writtenKind) + " against a " + kindWord(readKind) + ", so " + pair.readerLabel()
          + " cannot decode what " + pair.writerLabel() + " writes there; give the new type a new field number."));
      return;
    }
    if (writtenKind == Kind.SCALAR) {
      String writtenEncoding = encoding(writtenType, writtenDefinition);
      String readEncoding = encoding(readType, readDefinition);
      if (!writtenEncoding.equals(readEncoding)) {
        findings.add(Finding.of(Rule.FIELD_SCALAR_KIND_CHANGED, path, "Field " + name + " changed " + change
            + ", whose wire encodings differ (" + (pair.readerIsNew() ? writtenEncoding + " and " + readEncoding
                : readEncoding + " and " + writtenEncoding) + "), so " + pair.readerLabel()
            + " misreads what " + pair.writerLabel() + " writes there; give the new type a new field number."));
      } else if (writtenLabel != null && readLabel != null && writtenLabel != Label.NONE && readLabel != Label.NONE
          && writtenLabel != readLabel && !writtenEncoding.equals("length-delimited")) {
        findings.add(Finding.of(Rule.FIELD_NUMERIC_LABEL_CHANGED, path, "Numeric field " + name + " changed from "
            + labelOf(pair, writtenLabel, readLabel, true) + " to " + labelOf(pair, writtenLabel, readLabel, false)
            + ", so " + pair.readerLabel() + " misreads how many values " + pair.writerLabel()
            + " writes; keep the label."));
      }
    } else if (writtenKind == Kind.MESSAGE) {
      String writtenName = localName(writtenType, writtenDefinition);
      String readName = localName(readType, readDefinition);
      if (!writtenName.equals(readName)) {
        findings.add(Finding.of(Rule.FIELD_NAMED_TYPE_CHANGED, path, "Message field " + name + " changed " + change
            + ", so " + pair.readerLabel() + " reads the data as another message; give the new type a new field number."));
      } else if (writtenDefinition.isPresent() && readDefinition.isPresent()) {
        diff.compareImported(writtenDefinition.get(), readDefinition.get(), path);
      }
    }
  }

  private static Optional<Definition> definition(ProtoTypes types, String type, String scope) {
    return ProtoTypes.SCALARS.contains(type) ? Optional.empty() : types.resolve(type, scope);
  }

  private static Kind kind(String type, Optional<Definition> definition) {
    if (type.startsWith("map<")) {
      return Kind.MAP;
    }
    if (ProtoTypes.SCALARS.contains(type) || definition.map(d -> d.kind() == ProtoTypes.Kind.ENUM).orElse(false)) {
      return Kind.SCALAR;
    }
    return Kind.MESSAGE;
  }

  private static String encoding(String type, Optional<Definition> definition) {
    return definition.isPresent() ? "varint" : ENCODINGS.get(type);
  }

  /** The name of a message type without its package, as it is nested in the file. */
  private static String localName(String type, Optional<Definition> definition) {
    if (definition.isEmpty()) {
      return type.startsWith(".") ? type.substring(1) : type;
    }
    Definition found = definition.get();
    String packageName = found.packageName();
    return packageName.isEmpty() ? found.fullName() : found.fullName().substring(packageName.length() + 1);
  }

  private static String kindWord(Kind kind) {
    return switch (kind) {
      case SCALAR -> "scalar";
      case MESSAGE -> "message";
      case MAP -> "map";
    };
  }

  private static String describe(SchemaPair pair, String writtenType, String readType, boolean old) {
    boolean writerIsOld = pair.readerIsNew();
    String type = old == writerIsOld ? writtenType : readType;
    return type + " in " + (old ? pair.oldLabel() : pair.newLabel());
  }

  private static String labelOf(SchemaPair pair, Label writtenLabel, Label readLabel, boolean old) {
    boolean writerIsOld = pair.readerIsNew();
    return (old == writerIsOld ? writtenLabel : readLabel).keyword();
  }
}
