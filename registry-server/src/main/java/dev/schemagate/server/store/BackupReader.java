package dev.schemagate.server.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.schemagate.server.store.StoreTables.Column;
import dev.schemagate.server.store.StoreTables.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Reads a backup file ({@link StoreBackup}) token by token and inserts its rows in batches. Every
 * problem is a {@link BackupFileException} naming the line and column where it is.
 */
final class BackupReader {
  private final JsonParser json;
  private final Path file;
  private final Handle handle;
  private final Dialect dialect;
  private final long[] counts = new long[StoreTables.TABLES.size()];
  private long highestSchemaId;

  BackupReader(JsonParser json, Path file, Handle handle, Dialect dialect) {
    this.json = json;
    this.file = file;
    this.handle = handle;
    this.dialect = dialect;
  }

  StoreCopy.Copied restore() {
    try {
      readFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StoreTables.continueIds(handle, dialect, highestSchemaId);
    return StoreCopy.Copied.of(counts);
  }

  private void readFile() throws IOException {
    if (json.nextToken() != JsonToken.START_OBJECT) {
      throw problem("it does not start with '{', so it is not a " + StoreBackup.FORMAT + " file");
    }
    expectField("format");
    if (json.nextToken() != JsonToken.VALUE_STRING || !json.getText().equals(StoreBackup.FORMAT)) {
      throw problem("\"format\" is not \"" + StoreBackup.FORMAT + "\", so it is not a backup of this registry");
    }
    expectField("formatVersion");
    if (json.nextToken() != JsonToken.VALUE_NUMBER_INT || json.getLongValue() != StoreBackup.FORMAT_VERSION) {
      throw problem("\"formatVersion\" is " + json.getText() + ", but this version of the server reads format version "
          + StoreBackup.FORMAT_VERSION + " only; restore it with the version that wrote it, or a newer one");
    }
    int nextTable = 0;
    boolean ended = false;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      if (ended) {
        throw problem("\"" + field + "\" follows the closing \"end\" record");
      }
      int table = tableIndex(field);
      switch (field) {
        case "exportedAt", "source" -> requireValue(JsonToken.VALUE_STRING, field, "a text");
        case "highestSchemaId" -> {
          requireValue(JsonToken.VALUE_NUMBER_INT, field, "a whole number");
          highestSchemaId = json.getLongValue();
        }
        case "end" -> {
          requireTablesUpTo(StoreTables.TABLES.size(), nextTable);
          readEnd();
          ended = true;
        }
        default -> {
          if (table < 0) {
            throw problem("\"" + field + "\" is not a field of a " + StoreBackup.FORMAT + " file");
          }
          if (table < nextTable) {
            throw problem("the table \"" + field + "\" appears twice, or after a table that follows it");
          }
          requireTablesUpTo(table, nextTable);
          counts[table] = readTable(StoreTables.TABLES.get(table));
          nextTable = table + 1;
        }
      }
    }
    if (json.currentToken() != JsonToken.END_OBJECT) {
      throw problem("it ends before the closing '}' (the file was cut short)");
    }
    if (!ended) {
      throw problem("it has no closing \"end\" record, so it may have been cut short");
    }
    if (json.nextToken() != null) {
      throw problem("something follows the closing '}'");
    }
  }

  private long readTable(Table table) throws IOException {
    if (json.nextToken() != JsonToken.START_ARRAY) {
      throw problem("\"" + table.field() + "\" is not a list of rows");
    }
    RowBatch batch = new RowBatch(handle, table.insert(dialect));
    long rows = 0;
    JsonLocation batchStart = json.currentLocation();
    while (json.nextToken() == JsonToken.START_OBJECT) {
      rows++;
      if (batch.add(readRow(table, rows))) {
        execute(batch, table, batchStart);
        batchStart = json.currentLocation();
      }
    }
    if (json.currentToken() != JsonToken.END_ARRAY) {
      throw problem("row " + (rows + 1) + " of \"" + table.field() + "\" is not an object");
    }
    execute(batch, table, batchStart);
    return rows;
  }

  private void execute(RowBatch batch, Table table, JsonLocation from) {
    try {
      batch.execute();
    } catch (JdbiException e) {
      throw new BackupFileException(file, "the database refused a row of \"" + table.field() + "\" between line "
          + from.getLineNr() + " and line " + json.currentLocation().getLineNr() + " (" + StoreAccess.rootMessage(e) + ")", e);
    }
  }

  private Object[] readRow(Table table, long number) throws IOException {
    List<Column> columns = table.columns();
    Object[] row = new Object[columns.size()];
    boolean[] seen = new boolean[columns.size()];
    String which = "row " + number + " of \"" + table.field() + "\"";
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      int index = columnIndex(columns, field);
      if (index < 0 || seen[index]) {
        throw problem(which + (index < 0 ? " has the unknown field \"" : " has twice the field \"") + field + "\"");
      }
      seen[index] = true;
      row[index] = value(columns.get(index), json.nextToken(), which);
    }
    if (json.currentToken() != JsonToken.END_OBJECT) {
      throw problem(which + " is cut short");
    }
    for (int i = 0; i < columns.size(); i++) {
      if (!seen[i] && !columns.get(i).nullable()) {
        throw problem(which + " has no \"" + columns.get(i).field() + "\"");
      }
    }
    return row;
  }

  private Object value(Column column, JsonToken token, String row) throws IOException {
    if (token == JsonToken.VALUE_NULL && column.nullable()) {
      return null;
    }
    boolean fits = switch (column.kind()) {
      case INT -> token == JsonToken.VALUE_NUMBER_INT && json.getNumberType() == JsonParser.NumberType.INT;
      case LONG -> token == JsonToken.VALUE_NUMBER_INT
          && (json.getNumberType() == JsonParser.NumberType.INT || json.getNumberType() == JsonParser.NumberType.LONG);
      case TEXT -> token == JsonToken.VALUE_STRING;
      case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    };
    if (!fits) {
      throw problem(row + " has \"" + column.field() + "\": " + describe(token) + ", where " + expected(column) + " belongs");
    }
    return switch (column.kind()) {
      case INT -> json.getIntValue();
      case LONG -> json.getLongValue();
      case TEXT -> json.getText();
      case BOOLEAN -> token == JsonToken.VALUE_TRUE;
    };
  }

  private String describe(JsonToken token) throws IOException {
    return token == null ? "nothing (the file ends)" : token.isScalarValue() ? json.getText() : "'" + json.getText() + "'";
  }

  private static String expected(Column column) {
    String kind = switch (column.kind()) {
      case INT -> "a whole number up to 2147483647";
      case LONG -> "a whole number";
      case TEXT -> "a text";
      case BOOLEAN -> "true or false";
    };
    return column.nullable() ? kind + " or null" : kind;
  }

  private void readEnd() throws IOException {
    if (json.nextToken() != JsonToken.START_OBJECT) {
      throw problem("\"end\" is not an object of counts");
    }
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      int table = tableIndex(json.currentName());
      if (table < 0) {
        throw problem("\"end\" counts \"" + json.currentName() + "\", which is not a table of a backup");
      }
      String name = json.currentName();
      if (json.nextToken() != JsonToken.VALUE_NUMBER_INT || json.getLongValue() != counts[table]) {
        throw problem("\"end\" says \"" + name + "\" has " + json.getText() + " rows, but the file holds " + counts[table]);
      }
    }
    if (json.currentToken() != JsonToken.END_OBJECT) {
      throw problem("\"end\" is cut short");
    }
  }

  private void requireTablesUpTo(int table, int nextTable) {
    if (nextTable < table) {
      throw problem("the table \"" + StoreTables.TABLES.get(nextTable).field() + "\" is missing before this point");
    }
  }

  private void expectField(String name) throws IOException {
    if (json.nextToken() != JsonToken.FIELD_NAME || !json.currentName().equals(name)) {
      throw problem("\"" + name + "\" is not where it belongs, at the start, so it is not a " + StoreBackup.FORMAT + " file");
    }
  }

  private void requireValue(JsonToken expected, String field, String what) throws IOException {
    if (json.nextToken() != expected) {
      throw problem("\"" + field + "\" is not " + what);
    }
  }

  private static int tableIndex(String field) {
    for (int i = 0; i < StoreTables.TABLES.size(); i++) {
      if (StoreTables.TABLES.get(i).field().equals(field)) {
        return i;
      }
    }
    return -1;
  }

  private static int columnIndex(List<Column> columns, String field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field().equals(field)) {
        return i;
      }
    }
    return -1;
  }

  private BackupFileException problem(String what) {
    JsonLocation at = json.currentTokenLocation();
    return new BackupFileException(file, "at line " + at.getLineNr() + ", column " + at.getColumnNr() + ", " + what, null);
  }
}
