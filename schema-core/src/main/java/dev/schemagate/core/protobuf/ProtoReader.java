package dev.schemagate.core.protobuf;

import dev.schemagate.core.protobuf.ProtoElements.Extend;
import dev.schemagate.core.protobuf.ProtoElements.Field;
import dev.schemagate.core.protobuf.ProtoElements.Import;
import dev.schemagate.core.protobuf.ProtoElements.Label;
import dev.schemagate.core.protobuf.ProtoElements.Message;
import dev.schemagate.core.protobuf.ProtoElements.OneOf;
import dev.schemagate.core.protobuf.ProtoElements.Option;
import dev.schemagate.core.protobuf.ProtoElements.ProtoType;
import dev.schemagate.core.protobuf.ProtoElements.Reserved;
import dev.schemagate.core.protobuf.ProtoElements.Service;
import dev.schemagate.core.protobuf.ProtoTokens.Kind;
import dev.schemagate.core.protobuf.ProtoTokens.Token;
import java.util.ArrayList;
import java.util.List;

/** Reads the text of a {@code .proto} file into a {@link ProtoFile}; the first syntax error stops it. */
final class ProtoReader {
  static final int MAX_FIELD_NUMBER = 536_870_911;
  /** Deepest nesting of messages read: deeper files are refused rather than read with unbounded recursion. */
  static final int MAX_NESTING = 100;

  private final ProtoCursor cursor;
  private int nesting;

  private ProtoReader(String text) {
    this.cursor = new ProtoCursor(text);
  }

  /** @throws dev.schemagate.core.schema.InvalidSchemaException at the line and column of the first mistake */
  public static ProtoFile read(String text) {
    return new ProtoReader(text).file();
  }

  private ProtoFile file() {
    String syntax = "proto2";
    String packageName = "";
    List<Import> imports = new ArrayList<>();
    List<Option> options = new ArrayList<>();
    List<ProtoType> types = new ArrayList<>();
    List<Service> services = new ArrayList<>();
    List<Extend> extensions = new ArrayList<>();
    boolean first = true;
    while (!cursor.atEnd()) {
      Token token = cursor.peek();
      if (cursor.accept(";")) {
        continue;
      }
      if (token.is("syntax") || token.is("edition")) {
        if (!first) {
          throw ProtoCursor.problem(token, "'" + token.text() + "' must be the first statement of the file.");
        }
        cursor.take();
        cursor.expect("=", "after '" + token.text() + "'");
        Token value = cursor.peek();
        syntax = cursor.string("the syntax");
        if (token.is("syntax") && !syntax.equals("proto2") && !syntax.equals("proto3")) {
          throw ProtoCursor.problem(value, "The syntax must be \"proto2\" or \"proto3\", not \"" + syntax + "\".");
        }
        cursor.expect(";", "after the syntax");
      } else if (token.is("package")) {
        cursor.take();
        if (!packageName.isEmpty()) {
          throw ProtoCursor.problem(token, "A file declares its package once; remove the second 'package'.");
        }
        packageName = cursor.qualifiedName("a package name");
        cursor.expect(";", "after the package name");
      } else if (token.is("import")) {
        cursor.take();
        String modifier = cursor.accept("public") ? "public" : cursor.accept("weak") ? "weak" : "";
        imports.add(new Import(cursor.string("the imported file"), modifier, token.line(), token.column()));
        cursor.expect(";", "after the import");
      } else if (token.is("option")) {
        cursor.take();
        options.add(cursor.option());
        cursor.expect(";", "after the option");
      } else if (token.is("message")) {
        types.add(message());
      } else if (token.is("enum")) {
        types.add(ProtoRanges.enumType(cursor));
      } else if (token.is("service")) {
        services.add(ProtoServiceReader.service(cursor));
      } else if (token.is("extend")) {
        extensions.add(extend());
      } else {
        throw ProtoCursor.problem(token, "Expected 'syntax', 'package', 'import', 'option', 'message', 'enum', 'service' or"
            + " 'extend' but found " + token.describe() + "; this is not a Protocol Buffers schema.");
      }
      first = false;
    }
    return new ProtoFile(syntax, packageName, imports, options, types, services, extensions);
  }

  private Message message() {
    Token start = cursor.expect("message", "");
    String name = cursor.identifier("a message name");
    return messageBody(name, start);
  }

  private Message messageBody(String name, Token start) {
    cursor.expect("{", "after the message name " + name);
    if (++nesting > MAX_NESTING) {
      throw ProtoCursor.problem(start, "Message " + name + " is nested more than " + MAX_NESTING + " levels deep;"
          + " declare the inner messages at the top level and refer to them by name.");
    }
    List<Field> fields = new ArrayList<>();
    List<OneOf> oneOfs = new ArrayList<>();
    List<ProtoType> nested = new ArrayList<>();
    List<Reserved> reserved = new ArrayList<>();
    List<Option> options = new ArrayList<>();
    List<Extend> extensions = new ArrayList<>();
    List<String> extensionRanges = new ArrayList<>();
    while (!cursor.accept("}")) {
      Token token = cursor.peek();
      if (token.kind() == Kind.END) {
        throw ProtoCursor.problem(start, "Message " + name + " is not closed; end it with '}'.");
      }
      if (cursor.accept(";")) {
        continue;
      }
      if (token.is("message")) {
        nested.add(message());
      } else if (token.is("enum") && cursor.peekAhead(1).kind() == Kind.IDENT) {
        nested.add(ProtoRanges.enumType(cursor));
      } else if (token.is("oneof") && cursor.peekAhead(1).kind() == Kind.IDENT) {
        oneOfs.add(oneOf());
      } else if (token.is("option") && (cursor.peekAhead(1).is("(") || isOptionStatement())) {
        cursor.take();
        options.add(cursor.option());
        cursor.expect(";", "after the option");
      } else if (token.is("reserved")) {
        cursor.take();
        reserved.add(ProtoRanges.reserved(cursor));
      } else if (token.is("extensions")) {
        cursor.take();
        extensionRanges.add(ProtoRanges.ranges(cursor).toString());
        cursor.bracketOptions();
        cursor.expect(";", "after the extension range");
      } else if (token.is("extend")) {
        extensions.add(extend());
      } else if (isGroup()) {
        Message group = group(fields);
        nested.add(group);
      } else {
        fields.add(field(true));
      }
    }
    nesting--;
    return new Message(name, fields, oneOfs, nested, reserved, options, extensions, extensionRanges, start.line());
  }

  /** {@code [label] group Name = 1 { ... }}: a proto2 group, a field and its nested message in one. */
  private boolean isGroup() {
    int at = cursor.peek().is("optional") || cursor.peek().is("required") || cursor.peek().is("repeated") ? 1 : 0;
    return cursor.peekAhead(at).is("group") && cursor.peekAhead(at + 1).kind() == Kind.IDENT && cursor.peekAhead(at + 2).is("=");
  }

  private Message group(List<Field> fields) {
    Token start = cursor.peek();
    Label label = Label.NONE;
    for (Label candidate : List.of(Label.OPTIONAL, Label.REQUIRED, Label.REPEATED)) {
      if (cursor.accept(candidate.keyword())) {
        label = candidate;
      }
    }
    cursor.expect("group", "");
    Token nameToken = cursor.peek();
    String name = cursor.identifier("a group name");
    if (!Character.isUpperCase(name.charAt(0))) {
      throw ProtoCursor.problem(nameToken, "Group names must start with a capital letter, not \"" + name + "\".");
    }
    cursor.expect("=", "after the group name " + name);
    int number = fieldNumber("group " + name);
    List<Option> options = cursor.bracketOptions();
    fields.add(new Field(label, name, name.toLowerCase(java.util.Locale.ROOT), number, options, null, null,
        start.line(), start.column()));
    Message body = messageBody(name, start);
    return body;
  }

  /** {@code option x = 1;} inside a message, told apart from a field whose type is named {@code option}. */
  private boolean isOptionStatement() {
    Token after = cursor.peekAhead(2);
    return after.is("=") || after.is(".");
  }

  private OneOf oneOf() {
    cursor.expect("oneof", "");
    String name = cursor.identifier("a oneof name");
    Token open = cursor.expect("{", "after the oneof name " + name);
    List<Field> fields = new ArrayList<>();
    List<Option> options = new ArrayList<>();
    while (!cursor.accept("}")) {
      if (cursor.atEnd()) {
        throw ProtoCursor.problem(open, "Oneof " + name + " is not closed; end it with '}'.");
      }
      if (cursor.accept(";")) {
        continue;
      }
      if (cursor.peek().is("option") && isOptionStatement()) {
        cursor.take();
        options.add(cursor.option());
        cursor.expect(";", "after the option");
      } else {
        fields.add(field(false));
      }
    }
    return new OneOf(name, fields, options);
  }

  private Field field(boolean labelAllowed) {
    Token start = cursor.peek();
    Label label = Label.NONE;
    if (labelAllowed) {
      for (Label candidate : List.of(Label.OPTIONAL, Label.REQUIRED, Label.REPEATED)) {
        Token next = cursor.peekAhead(1);
        if (start.is(candidate.keyword()) && (next.kind() == Kind.IDENT || next.is("."))) {
          cursor.take();
          label = candidate;
          break;
        }
      }
    }
    String keyType = null;
    String valueType = null;
    String type;
    if (cursor.peek().is("map") && cursor.peekAhead(1).is("<")) {
      cursor.take();
      cursor.take();
      keyType = cursor.qualifiedName("the map key type");
      cursor.expect(",", "between the map key and value types");
      valueType = cursor.qualifiedName("the map value type");
      cursor.expect(">", "to close the map type");
      type = "map<" + keyType + ", " + valueType + ">";
    } else {
      type = cursor.qualifiedName("a field type or a declaration");
    }
    String name = cursor.identifier("the name of the " + type + " field");
    cursor.expect("=", "after the field name " + name);
    int number = fieldNumber("field " + name);
    List<Option> options = cursor.bracketOptions();
    cursor.expect(";", "after field " + name);
    return new Field(label, type, name, number, options, keyType, valueType, start.line(), start.column());
  }

  private int fieldNumber(String what) {
    Token numberToken = cursor.peek();
    long number = cursor.integer("the number of " + what);
    if (number < 1 || number > MAX_FIELD_NUMBER) {
      throw ProtoCursor.problem(numberToken, ProtoCursor.capitalize(what) + " has number " + number
          + "; field numbers run from 1 to " + MAX_FIELD_NUMBER + ".");
    }
    return (int) number;
  }

  private Extend extend() {
    cursor.expect("extend", "");
    String type = cursor.qualifiedName("the extended type");
    Token open = cursor.expect("{", "after the extended type " + type);
    List<Field> fields = new ArrayList<>();
    while (!cursor.accept("}")) {
      if (cursor.atEnd()) {
        throw ProtoCursor.problem(open, "The extension of " + type + " is not closed; end it with '}'.");
      }
      if (!cursor.accept(";")) {
        fields.add(field(true));
      }
    }
    return new Extend(type, fields);
  }
}
