package dev.schemagate.server.store;

import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

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
      throw new StoreConflict("Every schema id up to " + HIGHEST + " has been handed out, so no new schema can be"
          + " registered; ids are never reused.", null);
    }
    return (int) next;
  }

  /** One past a subject's highest version, or a conflict when that would pass 2147483647. */
  static int nextVersion(Handle h, String subject) {
    long next = h.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM subject_versions WHERE subject = ?")
        .bind(0, subject)
        .mapTo(Long.class)
        .one();
    if (next > HIGHEST) {
      throw new StoreConflict("Subject '" + subject + "' already has version " + HIGHEST + ", the highest a version"
          + " can be, so it takes no new version; register under another subject.", null);
    }
    return (int) next;
  }

  static int insertSchema(Handle h, NewSchema schema, Integer requestedId) {
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
    List<SchemaReference> references = schema.references();
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
    return id;
  }

  static List<SchemaReference> references(Handle h, int schemaId) {
    return h.createQuery("SELECT name, subject, version FROM schema_references WHERE schema_id = ? ORDER BY position")
        .bind(0, schemaId)
        .map((rs, ctx) -> new SchemaReference(rs.getString("name"), rs.getString("subject"), rs.getInt("version")))
        .list();
  }

  static StoredSchema schemaRow(ResultSet rs, List<SchemaReference> references) throws SQLException {
    return new StoredSchema(
        rs.getInt("id"),
        SchemaType.valueOf(rs.getString("schema_type")),
        rs.getString("schema_text"),
        references,
        rs.getString("metadata"),
        rs.getString("rule_set"));
  }

  static SubjectVersion versionRow(ResultSet rs) throws SQLException {
    return new SubjectVersion(rs.getString("subject"), rs.getInt("version"), rs.getInt("schema_id"), rs.getInt("deleted") != 0);
  }

}
