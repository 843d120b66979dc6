package dev.schemagate.server.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * One logger of {@link ServerLogging}. Text: {@code 2026-12-04T09:14:02.113Z INFO Main - message},
 * key-value pairs after the message as {@code key=value}. JSON: {@code time}, {@code level},
 * {@code logger}, {@code message}, each key-value pair as a field, and {@code error} with the stack
 * trace of an exception.
 */
final class ServerLogger extends LegacyAbstractLogger implements LoggingEventAware {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneId.systemDefault());
  private static final JsonFactory JSON = new JsonFactory();

  /** The least severe level written, or null for none. */
  private volatile Level threshold;
  private final String shortName;

  ServerLogger(String name, Level threshold) {
    this.name = name;
    this.threshold = threshold;
    this.shortName = name.substring(name.lastIndexOf('.') + 1);
  }

  void threshold(Level least) {
    this.threshold = least;
  }

  private boolean enabled(Level level) {
    return threshold != null && level.toInt() >= threshold.toInt();
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments, Throwable error) {
    write(level, MessageFormatter.basicArrayFormat(message, arguments), List.of(), error);
  }

  /** The fluent API's events, which carry key-value pairs. */
  @Override
  public void log(LoggingEvent event) {
    if (enabled(event.getLevel())) {
      write(event.getLevel(), MessageFormatter.basicArrayFormat(event.getMessage(), event.getArgumentArray()),
          event.getKeyValuePairs() == null ? List.of() : event.getKeyValuePairs(), event.getThrowable());
    }
  }

  private void write(Level level, String message, List<KeyValuePair> pairs, Throwable error) {
    String time = TIME.format(Instant.now());
    ServerLogging.write(ServerLogging.format() == LogFormat.JSON
        ? json(time, level, message, pairs, error)
        : text(time, level, message, pairs, error));
  }

  private String text(String time, Level level, String message, List<KeyValuePair> pairs, Throwable error) {
    StringBuilder line = new StringBuilder(time).append(' ').append(level).append(' ').append(shortName).append(" - ")
        .append(message);
    for (KeyValuePair pair : pairs) {
      line.append(' ').append(pair.key).append('=').append(pair.value);
    }
    line.append(System.lineSeparator());
    if (error != null) {
      line.append(stackTrace(error));
    }
    return line.toString();
  }

  private String json(String time, Level level, String message, List<KeyValuePair> pairs, Throwable error) {
    StringWriter line = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(line)) {
      json.writeStartObject();
      json.writeStringField("time", time);
      json.writeStringField("level", level.toString());
      json.writeStringField("logger", name);
      json.writeStringField("message", message);
      for (KeyValuePair pair : pairs) {
        if (pair.value instanceof Number number) {
          json.writeFieldName(pair.key);
          json.writeNumber(number.toString());
        } else {
          json.writeStringField(pair.key, pair.value == null ? null : pair.value.toString());
        }
      }
      if (error != null) {
        json.writeStringField("error", stackTrace(error));
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.append('\n').toString();
  }

  private static String stackTrace(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
