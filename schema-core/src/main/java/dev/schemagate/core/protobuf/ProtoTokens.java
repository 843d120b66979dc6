package dev.schemagate.core.protobuf;

import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits {@code .proto} text into tokens, dropping whitespace and comments; every token knows its line and column. */
final class ProtoTokens {

  enum Kind {
    IDENT,
    NUMBER,
    STRING,
    SYMBOL,
    END
  }

  /** One token; for a string, {@code text} is its decoded value. */
  record Token(Kind kind, String text, int line, int column) {
    boolean is(String symbolOrWord) {
      return (kind == Kind.SYMBOL || kind == Kind.IDENT) && text.equals(symbolOrWord);
    }

    String describe() {
      return switch (kind) {
        case END -> "the end of the schema";
        case STRING -> "the string \"" + text + "\"";
        default -> "'" + text + "'";
      };
    }
  }

  private final String text;
  private int position;
  private int line = 1;
  private int column = 1;

  private ProtoTokens(String text) {
    this.text = text;
  }

  static List<Token> of(String text) {
    return new ProtoTokens(text).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (position >= text.length()) {
        tokens.add(new Token(Kind.END, "", line, column));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int startLine = line;
    int startColumn = column;
    char c = text.charAt(position);
    if (isLetter(c) || c == '_') {
      int start = position;
      while (position < text.length() && (isLetter(peek()) || isDigit(peek()) || peek() == '_')) {
        advance();
      }
      return new Token(Kind.IDENT, text.substring(start, position), startLine, startColumn);
    }
    if (isDigit(c) || (c == '.' && position + 1 < text.length() && isDigit(text.charAt(position + 1)))) {
      int start = position;
      while (position < text.length()) {
        char d = peek();
        boolean exponentSign = (d == '+' || d == '-') && (text.charAt(position - 1) == 'e' || text.charAt(position - 1) == 'E')
            && !text.substring(start, position).toLowerCase(Locale.ROOT).startsWith("0x");
        if (!(isLetter(d) || isDigit(d) || d == '.' || exponentSign)) {
          break;
        }
        advance();
      }
      return new Token(Kind.NUMBER, text.substring(start, position), startLine, startColumn);
    }
    if (c == '"' || c == '\'') {
      return new Token(Kind.STRING, string(c, startLine, startColumn), startLine, startColumn);
    }
    advance();
    return new Token(Kind.SYMBOL, String.valueOf(c), startLine, startColumn);
  }

  private String string(char quote, int startLine, int startColumn) {
    StringBuilder value = new StringBuilder();
    advance();
    while (true) {
      if (position >= text.length() || peek() == '\n') {
        throw new InvalidSchemaException(SchemaProblem.atText(startLine, startColumn,
            "The string that starts here is not closed; end it with " + quote + " on the same line."));
      }
      char c = advance();
      if (c == quote) {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (position >= text.length()) {
        continue;
      }
      char escaped = advance();
      switch (escaped) {
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'a' -> value.append('\u0007');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'v' -> value.append('\u000b');
        case 'x', 'X' -> value.append((char) digits(16, 2));
        case 'u' -> value.append((char) digits(16, 4));
        default -> {
          if (escaped >= '0' && escaped <= '7') {
            position--;
            column--;
            value.append((char) digits(8, 3));
          } else {
            value.append(escaped);
          }
        }
      }
    }
  }

  private int digits(int radix, int most) {
    int value = 0;
    for (int i = 0; i < most && position < text.length() && Character.digit(peek(), radix) >= 0; i++) {
      value = value * radix + Character.digit(advance(), radix);
    }
    return value;
  }

  private void skipSpaceAndComments() {
    while (position < text.length()) {
      char c = peek();
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        advance();
      } else if (c == '/' && position + 1 < text.length() && text.charAt(position + 1) == '/') {
        while (position < text.length() && peek() != '\n') {
          advance();
        }
      } else if (c == '/' && position + 1 < text.length() && text.charAt(position + 1) == '*') {
        int startLine = line;
        int startColumn = column;
        advance();
        advance();
        while (position < text.length() && !(peek() == '*' && position + 1 < text.length() && text.charAt(position + 1) == '/')) {
          advance();
        }
        if (position >= text.length()) {
          throw new InvalidSchemaException(SchemaProblem.atText(startLine, startColumn,
              "The comment that starts here is not closed; end it with */."));
        }
        advance();
        advance();
      } else {
        return;
      }
    }
  }

  /** Names and numbers are ASCII in {@code .proto} files, as protoc reads them. */
  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private char peek() {
    return text.charAt(position);
  }

  private char advance() {
    char c = text.charAt(position++);
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return c;
  }
}
