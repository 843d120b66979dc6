package dev.schemagate.core.protobuf;

import dev.schemagate.core.protobuf.ProtoElements.EnumType;
import dev.schemagate.core.protobuf.ProtoElements.EnumValue;
import dev.schemagate.core.protobuf.ProtoElements.Option;
import dev.schemagate.core.protobuf.ProtoElements.Reserved;
import dev.schemagate.core.protobuf.ProtoTokens.Kind;
import dev.schemagate.core.protobuf.ProtoTokens.Token;
import java.util.ArrayList;
import java.util.List;

/** Reads the numbered parts of a {@code .proto} file: enums, {@code reserved} and {@code extensions} ranges. */
final class ProtoRanges {
  private ProtoRanges() {}

  static Reserved reserved(ProtoCursor cursor) {
    List<int[]> ranges = new ArrayList<>();
    List<String> names = new ArrayList<>();
    do {
      Token token = cursor.peek();
      if (token.kind() == Kind.STRING) {
        names.add(cursor.string("a reserved name"));
      } else if (token.kind() == Kind.IDENT) {
        names.add(cursor.take().text());
      } else {
        ranges.add(range(cursor));
      }
    } while (cursor.accept(","));
    cursor.expect(";", "after the reserved numbers or names");
    return new Reserved(ranges, names);
  }

  static List<String> ranges(ProtoCursor cursor) {
    List<String> written = new ArrayList<>();
    do {
      int[] range = range(cursor);
      written.add(range[0] == range[1] ? Integer.toString(range[0]) : range[0] + " to " + range[1]);
    } while (cursor.accept(","));
    return written;
  }

  /** A number or {@code from to end} of field numbers; {@code end} not below {@code from}. */
  private static int[] range(ProtoCursor cursor) {
    int from = cursor.integerIn("the number", 1, ProtoReader.MAX_FIELD_NUMBER);
    int to = from;
    if (cursor.accept("to")) {
      to = cursor.accept("max") ? ProtoReader.MAX_FIELD_NUMBER
          : cursor.integerIn("the end of the range " + from + " to ...", from, ProtoReader.MAX_FIELD_NUMBER);
    }
    return new int[] {from, to};
  }

  static EnumType enumType(ProtoCursor cursor) {
    Token start = cursor.expect("enum", "");
    String name = cursor.identifier("an enum name");
    cursor.expect("{", "after the enum name " + name);
    List<EnumValue> values = new ArrayList<>();
    List<Reserved> reserved = new ArrayList<>();
    List<Option> options = new ArrayList<>();
    while (!cursor.accept("}")) {
      Token token = cursor.peek();
      if (token.kind() == Kind.END) {
        throw ProtoCursor.problem(start, "Enum " + name + " is not closed; end it with '}'.");
      }
      if (cursor.accept(";")) {
        continue;
      }
      if (token.is("option") && !cursor.peekAhead(1).is("=")) {
        cursor.take();
        options.add(cursor.option());
        cursor.expect(";", "after the option");
      } else if (token.is("reserved") && !cursor.peekAhead(1).is("=")) {
        cursor.take();
        reserved.add(reserved(cursor));
      } else {
        String valueName = cursor.identifier("an enum value name");
        cursor.expect("=", "after the enum value " + valueName);
        int number = cursor.integerIn("the number of enum value " + valueName, Integer.MIN_VALUE, Integer.MAX_VALUE);
        List<Option> valueOptions = cursor.bracketOptions();
        cursor.expect(";", "after enum value " + valueName);
        values.add(new EnumValue(valueName, number, valueOptions, token.line()));
      }
    }
    return new EnumType(name, values, reserved, options, start.line());
  }

}
