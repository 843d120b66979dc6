package dev.schemagate.core.protobuf;

import dev.schemagate.core.protobuf.ProtoElements.EnumType;
import dev.schemagate.core.protobuf.ProtoElements.EnumValue;
import dev.schemagate.core.protobuf.ProtoElements.Extend;
import dev.schemagate.core.protobuf.ProtoElements.Field;
import dev.schemagate.core.protobuf.ProtoElements.Import;
import dev.schemagate.core.protobuf.ProtoElements.Label;
import dev.schemagate.core.protobuf.ProtoElements.Message;
import dev.schemagate.core.protobuf.ProtoElements.OneOf;
import dev.schemagate.core.protobuf.ProtoElements.Option;
import dev.schemagate.core.protobuf.ProtoElements.ProtoType;
import dev.schemagate.core.protobuf.ProtoElements.Reserved;
import dev.schemagate.core.protobuf.ProtoElements.Rpc;
import dev.schemagate.core.protobuf.ProtoElements.Service;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link ProtoFile} in one fixed layout: no comments, two-space indentation, one
 * declaration a line. Two files that differ only in layout and comments print the same, which makes
 * this the canonical text a fingerprint is taken of.
 */
final class ProtoPrinter {
  private final StringBuilder out = new StringBuilder();

  private ProtoPrinter() {}

  public static String print(ProtoFile file) {
    ProtoPrinter printer = new ProtoPrinter();
    printer.file(file);
    return printer.out.toString();
  }

  private void file(ProtoFile file) {
    line(0, (file.isEdition() ? "edition" : "syntax") + " = \"" + file.syntax() + "\";");
    if (!file.packageName().isEmpty()) {
      line(0, "package " + file.packageName() + ";");
    }
    for (Import anImport : file.imports()) {
      line(0, "import " + (anImport.modifier().isEmpty() ? "" : anImport.modifier() + " ") + quote(anImport.path()) + ";");
    }
    options(0, file.options());
    types(0, file.types());
    for (Service service : file.services()) {
      line(0, "service " + service.name() + " {");
      options(1, service.options());
      for (Rpc rpc : service.rpcs()) {
        String signature = "rpc " + rpc.name() + " (" + (rpc.requestStream() ? "stream " : "") + rpc.request() + ") returns ("
            + (rpc.responseStream() ? "stream " : "") + rpc.response() + ")";
        if (rpc.options().isEmpty()) {
          line(1, signature + ";");
        } else {
          line(1, signature + " {");
          options(2, rpc.options());
          line(1, "}");
        }
      }
      line(0, "}");
    }
    extensions(0, file.extensions());
  }

  private void types(int depth, List<ProtoType> types) {
    for (ProtoType type : types) {
      if (type instanceof Message message) {
        message(depth, message);
      } else {
        enumType(depth, (EnumType) type);
      }
    }
  }

  private void message(int depth, Message message) {
    line(depth, "message " + message.name() + " {");
    options(depth + 1, message.options());
    reserved(depth + 1, message.reserved());
    message.fields().forEach(field -> field(depth + 1, field));
    for (OneOf oneOf : message.oneOfs()) {
      line(depth + 1, "oneof " + oneOf.name() + " {");
      options(depth + 2, oneOf.options());
      oneOf.fields().forEach(field -> field(depth + 2, field));
      line(depth + 1, "}");
    }
    for (String range : message.extensionRanges()) {
      line(depth + 1, "extensions " + range.substring(1, range.length() - 1) + ";");
    }
    types(depth + 1, message.nested());
    extensions(depth + 1, message.extensions());
    line(depth, "}");
  }

  private void field(int depth, Field field) {
    String label = field.label() == Label.NONE ? "" : field.label().keyword() + " ";
    line(depth, label + field.type() + " " + field.name() + " = " + field.number() + bracketed(field.options()) + ";");
  }

  private void enumType(int depth, EnumType enumType) {
    line(depth, "enum " + enumType.name() + " {");
    options(depth + 1, enumType.options());
    reserved(depth + 1, enumType.reserved());
    for (EnumValue value : enumType.values()) {
      line(depth + 1, value.name() + " = " + value.number() + bracketed(value.options()) + ";");
    }
    line(depth, "}");
  }

  private void extensions(int depth, List<Extend> extensions) {
    for (Extend extend : extensions) {
      line(depth, "extend " + extend.type() + " {");
      extend.fields().forEach(field -> field(depth + 1, field));
      line(depth, "}");
    }
  }

  private void reserved(int depth, List<Reserved> reserved) {
    for (Reserved entry : reserved) {
      String ranges = entry.ranges().stream()
          .map(r -> r[0] == r[1] ? Integer.toString(r[0]) : r[0] + " to " + (r[1] == ProtoReader.MAX_FIELD_NUMBER ? "max" : r[1]))
          .collect(Collectors.joining(", "));
      String names = entry.names().stream().map(ProtoPrinter::quote).collect(Collectors.joining(", "));
      line(depth, "reserved " + ranges + (ranges.isEmpty() || names.isEmpty() ? "" : ", ") + names + ";");
    }
  }

  private void options(int depth, List<Option> options) {
    options.forEach(option -> line(depth, "option " + option.name() + " = " + option.value() + ";"));
  }

  private static String bracketed(List<Option> options) {
    if (options.isEmpty()) {
      return "";
    }
    return options.stream().map(o -> o.name() + " = " + o.value()).collect(Collectors.joining(", ", " [", "]"));
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }
}
