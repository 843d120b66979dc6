package dev.schemagate.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The tables a whole registry lives in, in the order their rows can be inserted, and what copying
 * them into another store needs: the check that the target is empty and the id counters set past
 * the source's. Shared by {@link StoreCopy} (store to store) and {@link StoreBackup} (store to file
 * and back), so that both move exactly the same rows.
 */
final class StoreTables {
  /** How a column's value is read from a row and written to a backup file. */
  enum Kind { INT, LONG, TEXT, BOOLEAN }

  /** A column: its name in the database, its field name in a backup file, its kind, and whether it may be null. */
  record Column(String name, String field, Kind kind, boolean nullable) {
    /** The value in {@code row}; raw rows of PostgreSQL hold escaped text (see {@link PostgresText}). */
    Object read(ResultSet row, int index, Dialect source) throws SQLException {
      return switch (kind) {
        case INT -> row.getInt(index);
        case LONG -> row.getLong(index);
        case TEXT -> source == Dialect.POSTGRESQL ? PostgresText.decode(row.getString(index)) : row.getString(index);
        case BOOLEAN -> row.getInt(index) != 0;
      };
    }
  }

  /** A table, its field name in a backup file, its columns, and the order its rows are read in. */
  record Table(String name, String field, List<Column> columns, String order) {
    String columnList() {
      return String.join(", ", columns.stream().map(Column::name).toList());
    }

    /** The rows in a stable order; read them with a fetch size, so that PostgreSQL streams them through a cursor. */
    String select() {
      return "SELECT " + columnList() + " FROM " + name + " ORDER BY " + order;
    }

    /** The INSERT of one row; an audit entry's id is generated ALWAYS on PostgreSQL, and a copy keeps the source's. */
    String insert(Dialect dialect) {
      String overriding = dialect == Dialect.POSTGRESQL && name.equals("audit_trail") ? " OVERRIDING SYSTEM VALUE" : "";
      return "INSERT INTO " + name + " (" + columnList() + ")" + overriding
          + " VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
  }

  static final List<Table> TABLES = List.of(
      new Table("schemas", "schemas", List.of(
          new Column("id", "id", Kind.INT, false), new Column("content_key", "contentKey", Kind.TEXT, false),
          new Column("schema_type", "schemaType", Kind.TEXT, false), new Column("schema_text", "schema", Kind.TEXT, false),
          new Column("metadata", "metadata", Kind.TEXT, true), new Column("rule_set", "ruleSet", Kind.TEXT, true)), "id"),
      new Table("schema_references", "schemaReferences", List.of(
          new Column("schema_id", "schemaId", Kind.INT, false), new Column("position", "position", Kind.INT, false),
          new Column("name", "name", Kind.TEXT, false), new Column("subject", "subject", Kind.TEXT, false),
          new Column("version", "version", Kind.INT, false)), "schema_id, position"),
      new Table("subject_versions", "subjectVersions", List.of(
          new Column("subject", "subject", Kind.TEXT, false), new Column("version", "version", Kind.INT, false),
          new Column("schema_id", "schemaId", Kind.INT, false), new Column("deleted", "deleted", Kind.BOOLEAN, false),
          new Column("registered_at", "registeredAt", Kind.LONG, false)), "subject, version"),
      new Table("configs", "configs", List.of(
          new Column("subject", "subject", Kind.TEXT, false), new Column("body", "config", Kind.TEXT, false)), "subject"),
      new Table("modes", "modes", List.of(
          new Column("subject", "subject", Kind.TEXT, false), new Column("mode", "mode", Kind.TEXT, false)), "subject"),
      new Table("audit_trail", "auditTrail", List.of(
          new Column("id", "id", Kind.LONG, false), new Column("at", "at", Kind.LONG, false),
          new Column("who", "who", Kind.TEXT, false), new Column("address", "address", Kind.TEXT, false),
          new Column("action", "action", Kind.TEXT, false), new Column("subject", "subject", Kind.TEXT, true),
          new Column("detail", "detail", Kind.TEXT, false)), "id"));

  private StoreTables() {}

  /** Binds a row's values as the database expects them: a deleted flag is an INTEGER 0 or 1 in both dialects. */
  static Object bindable(Object value) {
    return value instanceof Boolean flag ? (flag ? 1 : 0) : value;
  }

  static void requireEmpty(Handle h, String target, String advice) {
    for (String table : List.of("schemas", "subject_versions", "configs", "modes")) {
      if (h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one() > 0) {
        throw new StoreException("The target " + target + " already holds data (its " + table + " table is not"
            + " empty); " + advice + ", so that no id or version of the source collides with another.");
      }
    }
  }

  /** The highest schema id a store ever handed out, deleted schemas included. */
  static long highestSchemaIdEver(Handle h, Dialect dialect) {
    long stored = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM schemas").mapTo(Long.class).one();
    long counter = dialect == Dialect.SQLITE
        ? h.createQuery("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'schemas'), 0)").mapTo(Long.class).one()
        : h.createQuery("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM schemas_id_seq").mapTo(Long.class).one();
    return Math.max(stored, counter);
  }

  /** Sets the target's id counters so that new schema ids follow {@code highestSchemaId} and audit ids the copied ones. */
  static void continueIds(Handle h, Dialect dialect, long highestSchemaId) {
    continueIdsAfter(h, dialect, "schemas", highestSchemaId);
    continueIdsAfter(h, dialect, "audit_trail",
        h.createQuery("SELECT COALESCE(MAX(id), 0) FROM audit_trail").mapTo(Long.class).one());
  }

  private static void continueIdsAfter(Handle h, Dialect dialect, String table, long highest) {
    if (highest <= 0) {
      return;
    }
    if (dialect == Dialect.POSTGRESQL) {
      h.createQuery("SELECT setval('" + table + "_id_seq', ?)").bind(0, highest).mapTo(Long.class).one();
    } else {
      // AUTOINCREMENT's counter: explicit ids moved it to the highest copied, a deleted schema's may be higher;
      // the row is missing when the table never had one
      int updated = h.createUpdate("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?")
          .bind(0, highest).bind(1, table).execute();
      if (updated == 0) {
        h.createUpdate("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)").bind(0, table).bind(1, highest).execute();
      }
    }
  }
}
