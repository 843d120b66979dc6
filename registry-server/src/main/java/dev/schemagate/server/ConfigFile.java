package dev.schemagate.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code --config FILE}: Java properties whose keys are the long option names without their
 * dashes ({@code port=8081}, {@code default-compatibility=FULL}). A value here gives way to the same
 * option's environment variable, which gives way to the flag. Properties rather than YAML: every
 * option is one flat key, and Java reads them without another library.
 */
final class ConfigFile {
  private final Path file;
  private final Map<String, String> values;

  private ConfigFile(Path file, Map<String, String> values) {
    this.file = file;
    this.values = values;
  }

  /** No file: every lookup is empty. */
  static ConfigFile none() {
    return new ConfigFile(null, Map.of());
  }

  /**
   * Reads {@code file}, refusing a key that names no option in {@code keys}.
   *
   * @throws IllegalArgumentException naming the file, and the key when one is unknown
   */
  static ConfigFile read(Path file, Set<String> keys) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the config file " + file + " cannot be read: " + e.getMessage());
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).strip()));
    List<String> unknown = values.keySet().stream().filter(key -> !keys.contains(key)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("the config file " + file + " has the unknown key" + (unknown.size() == 1 ? " '" : "s '")
          + String.join("', '", unknown) + "'; its keys are the long options without '--', e.g. port=8081 or"
          + " default-compatibility=FULL");
    }
    return new ConfigFile(file, values);
  }

  /** The value of {@code --option}, or null when the file does not set it. */
  String value(String option) {
    return values.get(key(option));
  }

  /** Where a value of {@code --option} came from, for an error: {@code key 'port' in /etc/schemagate.properties}. */
  String describe(String option) {
    return "key '" + key(option) + "' in " + file;
  }

  static String key(String option) {
    return option.substring(2);
  }

  /**
   * The file named by {@code --config FILE} or {@code --config=FILE} in {@code args} (before a
   * subcommand), else by {@code variable}; null when neither names one. Read before the arguments
   * are parsed, since the file supplies the other options' defaults.
   */
  static Path named(String[] args, String variable) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("-")) {
        break; // a subcommand: its options are its own
      }
      if (args[i].equals("--config") && i + 1 < args.length) {
        return Path.of(args[i + 1]);
      }
      if (args[i].startsWith("--config=")) {
        return Path.of(args[i].substring("--config=".length()));
      }
    }
    return variable == null || variable.isBlank() ? null : Path.of(variable);
  }
}
