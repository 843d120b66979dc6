package dev.schemagate.server.store;

import java.sql.Types;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;

/**
 * Text as PostgreSQL stores it. PostgreSQL refuses the character U+0000 in text, which SQLite
 * stores like any other (a Protobuf comment, a metadata value or a reference name may hold one), so
 * every string the store writes to PostgreSQL is escaped and every string it reads is unescaped:
 * U+0000 becomes U+0001 U+0001 and U+0001 becomes U+0001 U+0002; nothing else changes.
 *
 * <p>Why this code rather than a binary column: the code is prefix-free and keeps the order of
 * characters (U+0001 U+0001 &lt; U+0001 U+0002 &lt; U+0002), so comparing, sorting and the prefix
 * match of subjects give on escaped text exactly the answers they give on the original, and the
 * columns, indexes and queries stay as they are. Strings without either character, nearly all of
 * them, are stored unchanged.
 */
final class PostgresText {
  private static final char NUL = '\u0000';
  private static final char ESCAPE = '\u0001';
  private static final char ESCAPED_NUL = '\u0001';
  private static final char ESCAPED_ESCAPE = '\u0002';

  private PostgresText() {}

  /** Has every string bound to a statement of {@code jdbi} escaped, and every string column read unescaped. */
  static Jdbi register(Jdbi jdbi) {
    jdbi.registerArgument(new EscapedArgument());
    ColumnMapper<String> unescaped = (rs, column, ctx) -> decode(rs.getString(column));
    jdbi.registerColumnMapper(String.class, unescaped);
    return jdbi;
  }

  static String encode(String text) {
    if (text == null || (text.indexOf(NUL) < 0 && text.indexOf(ESCAPE) < 0)) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == NUL) {
        escaped.append(ESCAPE).append(ESCAPED_NUL);
      } else if (c == ESCAPE) {
        escaped.append(ESCAPE).append(ESCAPED_ESCAPE);
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  static String decode(String stored) {
    if (stored == null || stored.indexOf(ESCAPE) < 0) {
      return stored;
    }
    StringBuilder text = new StringBuilder(stored.length());
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c == ESCAPE && i + 1 < stored.length()) {
        char next = stored.charAt(++i);
        text.append(next == ESCAPED_NUL ? NUL : next == ESCAPED_ESCAPE ? ESCAPE : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static final class EscapedArgument extends AbstractArgumentFactory<String> {
    EscapedArgument() {
      super(Types.VARCHAR);
    }

    @Override
    protected Argument build(String value, ConfigRegistry config) {
      String stored = encode(value);
      return (position, statement, ctx) -> statement.setString(position, stored);
    }
  }
}
