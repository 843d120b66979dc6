package dev.schemagate.core.catalog;

import dev.schemagate.core.language.SchemaLanguage;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.SchemaType;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema document of a {@link SchemaFiles} tree. {@code .avsc} files are Avro, {@code .json}
 * files JSON Schema.
 *
 * @param path relative path with {@code /} separators
 */
public record SchemaFile(String path, SchemaType type, String text) {
  public SchemaFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  /** The schema language a file name says ({@code .avsc} Avro, {@code .json} JSON Schema), as {@link SchemaLanguages#ofFile} decides. */
  public static Optional<SchemaType> typeOf(String path) {
    return SchemaLanguages.ofFile(path).map(SchemaLanguage::type);
  }

  /** The file name without folder and extension: {@code OrderPlaced} for {@code orders/OrderPlaced.avsc}. */
  public String stem() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** The folder of the file, {@code ""} at the root. */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * True for an earlier version kept in a history folder: a file named by its version number alone
   * ({@code OrderPlaced/2.avsc}). Such files are never schemas of their own.
   */
  public boolean isVersion() {
    return stem().matches("[1-9][0-9]{0,8}");
  }

  /** The version number of a {@link #isVersion() version file}. */
  public int version() {
    return Integer.parseInt(stem());
  }
}
