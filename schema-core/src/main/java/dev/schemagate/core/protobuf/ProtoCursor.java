package dev.schemagate.core.protobuf;

import dev.schemagate.core.protobuf.ProtoElements.Option;
import dev.schemagate.core.protobuf.ProtoTokens.Kind;
import dev.schemagate.core.protobuf.ProtoTokens.Token;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.ArrayList;
import java.util.List;

/** Walks the tokens of a {@code .proto} file; every mistake becomes a problem at the token's line and column. */
final class ProtoCursor {
  private final List<Token> tokens;
  private int index;

  ProtoCursor(String text) {
    this.tokens = ProtoTokens.of(text);
  }

  Token peek() {
    return tokens.get(index);
  }

  Token peekAhead(int distance) {
    return tokens.get(Math.min(index + distance, tokens.size() - 1));
  }

  Token take() {
    Token token = tokens.get(index);
    if (token.kind() != Kind.END) {
      index++;
    }
    return token;
  }

  boolean atEnd() {
    return peek().kind() == Kind.END;
  }

  /** Takes the symbol or word if it is next. */
  boolean accept(String symbolOrWord) {
    if (peek().is(symbolOrWord)) {
      take();
      return true;
    }
    return false;
  }

  Token expect(String symbolOrWord, String where) {
    Token token = peek();
    if (!token.is(symbolOrWord)) {
      throw problem(token, "Expected '" + symbolOrWord + "' " + where + " but found " + token.describe() + ".");
    }
    return take();
  }

  String identifier(String what) {
    Token token = peek();
    if (token.kind() != Kind.IDENT) {
      throw problem(token, "Expected " + what + " but found " + token.describe() + ".");
    }
    return take().text();
  }

  /** {@code a.b.C} or {@code .a.b.C}. */
  String qualifiedName(String what) {
    StringBuilder name = new StringBuilder();
    if (accept(".")) {
      name.append('.');
    }
    name.append(identifier(what));
    while (peek().is(".") && peekAhead(1).kind() == Kind.IDENT) {
      take();
      name.append('.').append(take().text());
    }
    return name.toString();
  }

  String string(String what) {
    Token token = peek();
    if (token.kind() != Kind.STRING) {
      throw problem(token, "Expected " + what + " as a quoted string but found " + token.describe() + ".");
    }
    StringBuilder value = new StringBuilder(take().text());
    while (peek().kind() == Kind.STRING) {
      value.append(take().text());
    }
    return value.toString();
  }

  /** A whole number, decimal, hexadecimal ({@code 0x}) or octal ({@code 0}), optionally negative. */
  long integer(String what) {
    boolean negative = accept("-");
    Token token = peek();
    if (token.kind() != Kind.NUMBER) {
      throw problem(token, "Expected " + what + " but found " + token.describe() + ".");
    }
    take();
    String digits = token.text();
    try {
      long value;
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        value = Long.parseLong(digits.substring(2), 16);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        value = Long.parseLong(digits.substring(1), 8);
      } else {
        value = Long.parseLong(digits);
      }
      return negative ? -value : value;
    } catch (NumberFormatException e) {
      boolean tooLarge = digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.matches("0[xX][0-9a-fA-F]+");
      throw problem(token, "Expected " + what + " but '" + digits + "' is "
          + (tooLarge ? "too large for a Protocol Buffers number." : "not a whole number."));
    }
  }

  /** A whole number that must lie in {@code [min, max]}; a number outside is a problem at its token. */
  int integerIn(String what, long min, long max) {
    Token token = peek();
    long value = integer(what);
    if (value < min || value > max) {
      throw problem(token, capitalize(what) + " is " + value + ", outside the allowed " + min + " to " + max + ".");
    }
    return (int) value;
  }

  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** {@code name = value} of an option, the name possibly {@code (custom.ext).field}. */
  Option option() {
    String name = optionName();
    expect("=", "after the option name " + name);
    return new Option(name, constant());
  }

  private String optionName() {
    StringBuilder name = new StringBuilder();
    do {
      if (!name.isEmpty()) {
        name.append('.');
      }
      if (accept("(")) {
        name.append('(').append(qualifiedName("an extension name")).append(')');
        expect(")", "to close the extension name");
      } else {
        name.append(identifier("an option name"));
      }
    } while (accept("."));
    return name.toString();
  }

  /** An option value as written: a name, a number, a string (quoted again) or a {@code { ... }} message. */
  String constant() {
    Token token = peek();
    if (token.kind() == Kind.STRING) {
      return '"' + string("a value").replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (token.is("{")) {
      return aggregate();
    }
    StringBuilder value = new StringBuilder();
    if (token.is("-") || token.is("+")) {
      value.append(take().text());
      token = peek();
    }
    if (token.kind() == Kind.NUMBER || token.kind() == Kind.IDENT) {
      value.append(token.kind() == Kind.IDENT ? qualifiedName("a value") : take().text());
      return value.toString();
    }
    throw problem(token, "Expected an option value but found " + token.describe() + ".");
  }

  /** A text-format message value; kept as its tokens joined by single spaces. */
  private String aggregate() {
    Token open = expect("{", "to start the value");
    List<String> parts = new ArrayList<>(List.of("{"));
    int depth = 1;
    while (depth > 0) {
      Token token = take();
      if (token.kind() == Kind.END) {
        throw problem(open, "The value that starts here is not closed; end it with '}'.");
      }
      depth += token.is("{") ? 1 : token.is("}") ? -1 : 0;
      parts.add(token.kind() == Kind.STRING ? '"' + token.text() + '"' : token.text());
    }
    return String.join(" ", parts);
  }

  /** {@code [a = 1, (b) = "x"]} after a field or enum value; empty when absent. */
  List<Option> bracketOptions() {
    List<Option> options = new ArrayList<>();
    if (accept("[")) {
      do {
        options.add(option());
      } while (accept(","));
      expect("]", "to close the options");
    }
    return options;
  }

  static InvalidSchemaException problem(Token token, String message) {
    return new InvalidSchemaException(SchemaProblem.atText(token.line(), token.column(), message));
  }
}
