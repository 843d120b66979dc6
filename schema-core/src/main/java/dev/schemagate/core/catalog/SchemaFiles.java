package dev.schemagate.core.catalog;

import dev.schemagate.core.SchemaGateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A tree of files read by relative path ({@code orders/OrderPlaced.avsc}, always with {@code /}): a
 * directory, a commit of a git repository, a classpath folder, or files held in memory.
 */
public interface SchemaFiles {

  /** Every file of the tree, sorted. */
  List<String> paths();

  /** The file's text (UTF-8). */
  String read(String path);

  /** Where the files come from, for messages: {@code src/main/schemas}, {@code git:HEAD:src/main/schemas}. */
  String origin();

  /** The files below {@code root}; none when it does not exist. */
  static SchemaFiles directory(Path root, String origin) {
    return new SchemaFiles() {
      @Override
      public List<String> paths() {
        if (!Files.isDirectory(root)) {
          return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
          return walk.filter(Files::isRegularFile)
              .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
              .sorted()
              .toList();
        } catch (IOException | UncheckedIOException e) {
          throw new SchemaGateException("The schema folder " + origin + " cannot be listed: " + e.getMessage(), e);
        }
      }

      @Override
      public String read(String path) {
        try {
          return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new SchemaGateException("The schema file " + origin + "/" + path + " cannot be read: " + e.getMessage(), e);
        }
      }

      @Override
      public String origin() {
        return origin;
      }
    };
  }

  /** Files held in memory, by relative path. */
  static SchemaFiles of(String origin, Map<String, String> files) {
    Map<String, String> sorted = new TreeMap<>(files);
    return new SchemaFiles() {
      @Override
      public List<String> paths() {
        return List.copyOf(sorted.keySet());
      }

      @Override
      public String read(String path) {
        String text = sorted.get(path);
        if (text == null) {
          throw new SchemaGateException("There is no file " + path + " in " + origin + ".");
        }
        return text;
      }

      @Override
      public String origin() {
        return origin;
      }
    };
  }
}
