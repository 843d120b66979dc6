package dev.schemagate.server.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.schemagate.server.store.StoreTables.Column;
import dev.schemagate.server.store.StoreTables.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * Writes a whole registry to one backup file and restores it into an empty store, with every id,
 * version, deleted state, configuration, mode and audit entry unchanged. The file is JSON, written
 * and read a row at a time, never held in memory whole:
 *
 * <pre>
 * {
 * "format":"schemagate-backup",
 * "formatVersion":1,
 * "exportedAt":"2026-01-31T12:00:00Z",
 * "source":"SQLite, data file: /var/lib/schemagate/registry.db",
 * "highestSchemaId":9,
 * "schemas":[ {"id":1,"contentKey":"...","schemaType":"AVRO","schema":"...","metadata":null,"ruleSet":null}, ...],
 * "schemaReferences":[ {"schemaId":7,"position":0,"name":"Money","subject":"payments-value","version":1}, ...],
 * "subjectVersions":[ {"subject":"orders-value","version":1,"schemaId":1,"deleted":false,"registeredAt":1767225600000}, ...],
 * "configs":[ {"subject":"","config":"{\"compatibility\":\"FULL\"}"}, ...],
 * "modes":[ {"subject":"proto-value","mode":"READONLY"}, ...],
 * "auditTrail":[ {"id":1,"at":1767225600000,"who":"anonymous","address":"10.0.0.7","action":"REGISTER","subject":"orders-value","detail":"..."}, ...],
 * "end":{"schemas":8,"schemaReferences":1,"subjectVersions":9,"configs":2,"modes":1,"auditTrail":20}
 * }
 * </pre>
 *
 * One row per line, so that an error names a line a person can look at. The closing {@code end}
 * record repeats the counts: a file cut short is refused, not half restored.
 */
public final class StoreBackup {
  public static final String FORMAT = "schemagate-backup";
  public static final int FORMAT_VERSION = 1;

  // a schema text may be far longer than Jackson's default 20 MB string limit allows
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build();

  private StoreBackup() {}

  /**
   * Writes the store, as one snapshot, to {@code file}: first to a temporary file beside it, moved
   * into place once complete, so that a failed export never leaves a file that looks like a backup.
   */
  public static StoreCopy.Copied export(JdbiSchemaStore from, Path file) {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      StoreCopy.Copied copied;
      try (OutputStream out = Files.newOutputStream(partial)) {
        copied = export(from, out);
      }
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return copied;
    } catch (IOException e) {
      throw new StoreException("The backup could not be written to " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // nothing more can be done; the name says it is incomplete
      }
    }
  }

  static StoreCopy.Copied export(JdbiSchemaStore from, OutputStream out) {
    StoreAccess source = from.access();
    return source.snapshot(h -> {
      try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
        json.setPrettyPrinter(new RowPerLine());
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("formatVersion", FORMAT_VERSION);
        json.writeStringField("exportedAt", Instant.now().toString());
        json.writeStringField("source", from.describe());
        json.writeNumberField("highestSchemaId", StoreTables.highestSchemaIdEver(h, source.dialect()));
        long[] counts = new long[StoreTables.TABLES.size()];
        for (int i = 0; i < counts.length; i++) {
          counts[i] = exportTable(h, StoreTables.TABLES.get(i), source.dialect(), json);
        }
        json.writeObjectFieldStart("end");
        for (int i = 0; i < counts.length; i++) {
          json.writeNumberField(StoreTables.TABLES.get(i).field(), counts[i]);
        }
        json.writeEndObject();
        json.writeEndObject();
        return StoreCopy.Copied.of(counts);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static long exportTable(org.jdbi.v3.core.Handle h, Table table, Dialect dialect, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart(table.field());
    long count = h.createQuery(table.select()).setFetchSize(StoreCopy.BATCH).scanResultSet((rows, ctx) -> {
      ResultSet row = rows.get();
      long written = 0;
      while (row.next()) {
        try {
          json.writeStartObject();
          for (int column = 1; column <= table.columns().size(); column++) {
            Column c = table.columns().get(column - 1);
            json.writeFieldName(c.field());
            Object value = c.read(row, column, dialect);
            if (value == null) {
              json.writeNull();
            } else if (value instanceof Integer n) {
              json.writeNumber(n);
            } else if (value instanceof Long n) {
              json.writeNumber(n);
            } else if (value instanceof Boolean b) {
              json.writeBoolean(b);
            } else {
              json.writeString(value.toString());
            }
          }
          json.writeEndObject();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        written++;
      }
      return written;
    });
    json.writeEndArray();
    return count;
  }

  /**
   * Restores a backup file into an empty store in one transaction: a file that is not a backup, is
   * cut short or holds a row the store refuses leaves the store as it was.
   *
   * @throws BackupFileException naming the line and column of what is wrong
   */
  public static StoreCopy.Copied restore(Path file, JdbiSchemaStore to) {
    StoreAccess target = to.access();
    try (InputStream in = Files.newInputStream(file); JsonParser json = FACTORY.createParser(in)) {
      return target.write(h -> {
        StoreTables.requireEmpty(h, to.describe(), "restore into a new, empty database");
        StoreCopy.Copied copied = new BackupReader(json, file, h, target.dialect()).restore();
        target.announce(h, StoreChanges.EVERYTHING);
        return copied;
      });
    } catch (IOException e) {
      throw new StoreException("The backup file " + file + " cannot be read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      String where = e.getCause() instanceof JsonProcessingException parse && parse.getLocation() != null
          ? "line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ": " : "";
      String what = e.getCause() instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getCause().getMessage();
      throw new BackupFileException(file, where + "it is not valid JSON, or it was cut short (" + what + ")", e);
    }
  }

  /** Puts each table's rows on lines of their own, and keeps every row on one line. */
  private static final class RowPerLine extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(isRoot(g.getOutputContext()) ? ",\n" : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      g.writeRaw(isRoot(g.getOutputContext()) ? "\n}\n" : "}");
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw(isRoot(g.getOutputContext()) ? "{\n" : "{");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(values > 0 ? "\n]" : "]");
    }

    /** Whether this object context is the file's outermost object. */
    private static boolean isRoot(com.fasterxml.jackson.core.JsonStreamContext context) {
      return context.getParent() != null && context.getParent().inRoot();
    }
  }
}
