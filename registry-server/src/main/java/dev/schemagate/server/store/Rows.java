package dev.schemagate.server.store;

import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/** Reading and writing the rows of schemas, their references and subject versions. */
final class Rows {
  private Rows() {}

  static Optional<Integer> schemaIdByContentKey(Handle h, String contentKey) {
    return h.createQuery("SELECT id FROM schemas WHERE content_key = ?").bind(0, contentKey).mapTo(Integer.class).findOne();
  }

  /** Ids and versions are positive 32-bit numbers, as in Confluent's API. */
  static final long HIGHEST = Integer.MAX_VALUE;

  /**
   * The id a new schema gets: one past the highest ever handed out (AUTOINCREMENT's counter keeps it
   * after the newest schema is deleted), or a conflict when that would pass 2147483647.
   */
  static int nextSchemaId(Handle h) {
    long next = h.createQuery("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'schemas'), 0),"
            + " COALESCE((SELECT MAX(id) FROM schemas), 0)) + 1")
        .mapTo(Long.class)
        .one();
    if (next > HIGHEST) {
      throw idsUsedUp(null);
    }
    return (int) next;
  }

  private static StoreConflict idsUsedUp(Throwable cause) {
    return new StoreConflict("Every schema id up to " + HIGHEST + " has been handed out, so no new schema can be"
        + " registered; ids are never reused.", cause);
  }

  /** One past a subject's highest version, or a conflict when that would pass 2147483647. */
  static int nextVersion(Handle h, String subject) {
    // widened first: PostgreSQL's INTEGER would overflow past 2147483647 instead of answering it
    long next = h.createQuery("SELECT CAST(COALESCE(MAX(version), 0) AS BIGINT) + 1 FROM subject_versions WHERE subject = ?")
        .bind(0, subject)
        .mapTo(Long.class)
        .one();
    if (next > HIGHEST) {
      throw new StoreConflict("Subject '" + subject + "' already has version " + HIGHEST + ", the highest a version"
          + " can be, so it takes no new version; register under another subject.", null);
    }
    return (int) next;
  }

  /**
   * Stores a new schema and its references; answers its id. On PostgreSQL the id comes from the
   * table's identity sequence (never handed out twice, never wrapping: it stops at 2147483647), and
   * a schema of the same content that another node stored a moment before is answered instead: the
   * unique content key makes the insert wait for that node's commit, then do nothing.
   */
  static int insertSchema(Handle h, Dialect dialect, NewSchema schema, Integer requestedId) {
    if (dialect == Dialect.POSTGRESQL) {
      Optional<Integer> inserted = requestedId == null ? insertPostgresql(h, schema) : importPostgresql(h, schema, requestedId);
      if (inserted.isEmpty()) {
        return schemaIdByContentKey(h, schema.contentKey()).orElseThrow(
            () -> new StoreConflict("The schema was stored and removed again while it was being registered; register it again.", null));
      }
      insertReferences(h, inserted.get(), schema.references());
      return inserted.get();
    }
    int id =
        h.createUpdate(
                "INSERT INTO schemas (id, content_key, schema_type, schema_text, metadata, rule_set) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(0, requestedId != null ? requestedId : nextSchemaId(h))
            .bind(1, schema.contentKey())
            .bind(2, schema.type().name())
            .bind(3, schema.text())
            .bind(4, schema.metadata())
            .bind(5, schema.ruleSet())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Integer.class)
            .one();
    insertReferences(h, id, schema.references());
    return id;
  }

  private static Optional<Integer> insertPostgresql(Handle h, NewSchema schema) {
    try {
      return insertNewPostgresql(h, schema);
    } catch (JdbiException e) {
      // 2200H: the identity sequence is at its end, 2147483647, and never wraps
      if (StoreAccess.hasSqlState(e, "2200H")) {
        throw idsUsedUp(e);
      }
      throw e;
    }
  }

  private static Optional<Integer> insertNewPostgresql(Handle h, NewSchema schema) {
    return h.createQuery("INSERT INTO schemas (content_key, schema_type, schema_text, metadata, rule_set)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (content_key) DO NOTHING RETURNING id")
        .bind(0, schema.contentKey())
        .bind(1, schema.type().name())
        .bind(2, schema.text())
        .bind(3, schema.metadata())
        .bind(4, schema.ruleSet())
        .mapTo(Integer.class)
        .findOne();
  }

  /** An import names its id; the sequence then moves past it, so that no later schema is given it. */
  private static Optional<Integer> importPostgresql(Handle h, NewSchema schema, int id) {
    h.createUpdate("INSERT INTO schemas (id, content_key, schema_type, schema_text, metadata, rule_set)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .bind(0, id)
        .bind(1, schema.contentKey())
        .bind(2, schema.type().name())
        .bind(3, schema.text())
        .bind(4, schema.metadata())
        .bind(5, schema.ruleSet())
        .execute();
    // one importer at a time moves the sequence, so that it never moves back
    h.createQuery("SELECT pg_advisory_xact_lock(?)").bind(0, SEQUENCE_LOCK).mapTo(String.class).one();
    h.createQuery("SELECT setval('schemas_id_seq', GREATEST(?, (SELECT last_value FROM schemas_id_seq)))")
        .bind(0, Math.max(1, id))
        .mapTo(Long.class)
        .one();
    return Optional.of(id);
  }

  /** The advisory lock held while an import moves the id sequence. */
  private static final long SEQUENCE_LOCK = 0x5347_4964_5365_71L;

  private static void insertReferences(Handle h, int id, List<SchemaReference> references) {
    for (int position = 0; position < references.size(); position++) {
      SchemaReference reference = references.get(position);
      h.createUpdate("INSERT INTO schema_references (schema_id, position, name, subject, version) VALUES (?, ?, ?, ?, ?)")
          .bind(0, id)
          .bind(1, position)
          .bind(2, reference.name())
          .bind(3, reference.subject())
          .bind(4, reference.version())
          .execute();
    }
  }

  static List<SchemaReference> references(Handle h, int schemaId) {
    return h.createQuery("SELECT name, subject, version FROM schema_references WHERE schema_id = ? ORDER BY position")
        .bind(0, schemaId)
        .map((rs, ctx) -> new SchemaReference(text(rs, "name", ctx), text(rs, "subject", ctx), rs.getInt("version")))
        .list();
  }

  static StoredSchema schemaRow(ResultSet rs, StatementContext ctx, List<SchemaReference> references) throws SQLException {
    return new StoredSchema(
        rs.getInt("id"),
        SchemaType.valueOf(text(rs, "schema_type", ctx)),
        text(rs, "schema_text", ctx),
        references,
        text(rs, "metadata", ctx),
        text(rs, "rule_set", ctx));
  }

  static SubjectVersion versionRow(ResultSet rs, StatementContext ctx) throws SQLException {
    return new SubjectVersion(text(rs, "subject", ctx), rs.getInt("version"), rs.getInt("schema_id"), rs.getInt("deleted") != 0);
  }

  /** A text column as the store's string mapper reads it (on PostgreSQL, unescaped: {@link PostgresText}). */
  static String text(ResultSet rs, String column, StatementContext ctx) throws SQLException {
    return ctx.findColumnMapperFor(String.class).orElseThrow().map(rs, column, ctx);
  }

}
