package dev.schemagate.server.logging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The server's SLF4J backend: every log line of the server and of the libraries under it, written
 * to standard output as text or, with {@code --log-format json}, as one JSON object per line. A
 * backend of its own rather than slf4j-simple (which knows no JSON) or Logback (a configuration
 * language to carry for two formats). Levels per logger come from {@code schemagate-logging.properties}.
 */
public final class ServerLogging implements SLF4JServiceProvider {
  private static final String LEVELS = "schemagate-logging.properties";

  private static volatile LogFormat format = LogFormat.TEXT;
  private static volatile Consumer<String> output = line -> System.out.print(line);

  private static volatile ServerLogging installed;

  private final Map<String, ServerLogger> loggers = new ConcurrentHashMap<>();
  private final BasicMarkerFactory markers = new BasicMarkerFactory();
  private final NOPMDCAdapter mdc = new NOPMDCAdapter();
  private volatile Map<String, Level> levels = Map.of();
  private Level defaultLevel = Level.INFO;

  /** Writes every line from now on in {@code chosen}. */
  public static void format(LogFormat chosen) {
    format = chosen;
  }

  static LogFormat format() {
    return format;
  }

  /**
   * Sends every line (each ending with a newline) to {@code sink} instead of standard output, and
   * answers the sink it replaces; for tests that read what was logged.
   */
  public static Consumer<String> output(Consumer<String> sink) {
    Consumer<String> previous = output;
    output = sink;
    return previous;
  }

  /**
   * Sets the least severe level of {@code logger} and the loggers under it (null: nothing), as a
   * line of {@code schemagate-logging.properties} would; for tests that read a logger set quieter.
   */
  public static void level(String logger, Level level) {
    org.slf4j.LoggerFactory.getILoggerFactory(); // SLF4J finds and initializes its provider on first use
    ServerLogging provider = installed;
    if (provider == null) {
      throw new IllegalStateException("SLF4J does not log through " + ServerLogging.class.getName());
    }
    Map<String, Level> changed = new LinkedHashMap<>(provider.levels);
    changed.put(logger, level);
    provider.levels = longestFirst(changed);
    provider.loggers.values().forEach(each -> each.threshold(provider.threshold(each.getName())));
  }

  static void write(String line) {
    output.accept(line);
  }

  @Override
  public void initialize() {
    Properties properties = new Properties();
    try (InputStream in = ServerLogging.class.getClassLoader().getResourceAsStream(LEVELS)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LEVELS, e);
    }
    Map<String, Level> byPrefix = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> byPrefix.put(key, parse(properties.getProperty(key))));
    defaultLevel = byPrefix.containsKey("default") ? byPrefix.remove("default") : Level.INFO;
    levels = longestFirst(byPrefix);
    installed = this;
  }

  /** The same levels, the longest prefix first, so that the most specific setting wins. */
  private static Map<String, Level> longestFirst(Map<String, Level> levels) {
    Map<String, Level> sorted = new LinkedHashMap<>();
    levels.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(prefix -> sorted.put(prefix, levels.get(prefix)));
    return sorted;
  }

  /** A level name, or null for {@code off}. */
  private static Level parse(String name) {
    String level = name.trim().toUpperCase(java.util.Locale.ROOT);
    return level.equals("OFF") ? null : Level.valueOf(level);
  }

  /** The least severe level {@code logger} writes, or null when it writes nothing. */
  Level threshold(String logger) {
    for (Map.Entry<String, Level> entry : levels.entrySet()) {
      String prefix = entry.getKey();
      if (logger.equals(prefix) || logger.startsWith(prefix + ".")) {
        return entry.getValue();
      }
    }
    return defaultLevel;
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return name -> loggers.computeIfAbsent(name, n -> new ServerLogger(n, threshold(n)));
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }
}
