package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.validate.InstanceProblem;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * The values of logical types that are not their underlying type's plain value: ISO-8601 text for
 * dates and times, JSON numbers for decimals, UUID text. A value in the underlying form (days, a
 * count since the epoch, decimal bytes) is checked as that type instead.
 */
final class AvroLogicalChecks {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private AvroLogicalChecks() {}

  /** True when the value is in a form only the logical type explains. */
  static boolean handles(Schema type, LogicalType logical, JsonNode value) {
    return switch (logical.getName()) {
      case "date", "time-millis", "time-micros", "timestamp-millis", "timestamp-micros", "timestamp-nanos",
          "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos" -> value.isTextual();
      case "decimal", "big-decimal" -> value.isNumber();
      case "uuid" -> value.isTextual() && (type.getType() == Schema.Type.STRING || value.asText().length() != 16);
      default -> false;
    };
  }

  static void check(Schema type, LogicalType logical, JsonNode value, String path, List<InstanceProblem> out) {
    String name = logical.getName();
    String problem =
        switch (name) {
          case "date" -> temporal(value.asText(), name, "a date", "days since 1970-01-01", "\"2024-05-17\"",
              () -> LocalDate.parse(value.asText()).toEpochDay(), Integer.MAX_VALUE);
          case "time-millis", "time-micros" -> temporal(value.asText(), name, "a time of day", "a count since midnight",
              "\"10:15:30\"", () -> LocalTime.parse(value.asText()).toNanoOfDay(), Long.MAX_VALUE);
          case "timestamp-millis", "timestamp-micros", "timestamp-nanos" -> temporal(value.asText(), name, "an instant",
              "a count since the epoch", "\"2024-05-17T10:15:30Z\"", () -> sinceEpoch(instant(value.asText()), name), Long.MAX_VALUE);
          case "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos" -> temporal(value.asText(), name,
              "a local date and time", "a count since 1970-01-01T00:00", "\"2024-05-17T10:15:30\"",
              () -> sinceEpoch(LocalDateTime.parse(value.asText()).toInstant(ZoneOffset.UTC), name), Long.MAX_VALUE);
          case "decimal" -> Double.isFinite(value.doubleValue()) || value.isBigDecimal() || value.isIntegralNumber()
              ? decimal((LogicalTypes.Decimal) logical, value.decimalValue())
              : "The value " + value.asText() + " is not a finite number, so the logical type \"decimal\" cannot hold it;"
                  + " write a number.";
          case "uuid" -> UUID_TEXT.matcher(value.asText()).matches() ? null
              : "The value \"" + AvroInstanceWords.shorten(value.asText()) + "\" is not a UUID for the logical type \"uuid\";"
                  + " write one like \"123e4567-e89b-12d3-a456-426614174000\".";
          default -> null;
        };
    if (problem != null) {
      out.add(new InstanceProblem(path, problem));
    }
  }

  private interface Count {
    long get();
  }

  /** Parses ISO-8601 text; the sentence if it is not such a value or does not fit the type. */
  private static String temporal(String text, String name, String what, String underlying, String example, Count count, long max) {
    boolean fits;
    try {
      fits = Math.abs(count.get()) <= max;
    } catch (OutOfRange tooFar) {
      fits = false;
    } catch (DateTimeException | ArithmeticException notReadable) {
      return "The value \"" + AvroInstanceWords.shorten(text) + "\" is not " + what + " for the logical type \"" + name
          + "\"; write " + underlying + " or ISO-8601 text like " + example + ".";
    }
    return fits ? null : "The value \"" + text + "\" is too far from the epoch for the logical type \"" + name
        + "\", so it cannot be written; use a nearer date or a coarser unit.";
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException notUtc) {
      return OffsetDateTime.parse(text).toInstant();
    }
  }

  /** The count a timestamp type stores; {@link OutOfRange} when it does not fit in a long. */
  private static long sinceEpoch(Instant instant, String name) {
    try {
      if (name.endsWith("millis")) {
        return instant.toEpochMilli();
      }
      long perSecond = name.endsWith("micros") ? 1_000_000L : 1_000_000_000L;
      long nanosPerUnit = 1_000_000_000L / perSecond;
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), perSecond), instant.getNano() / nanosPerUnit);
    } catch (ArithmeticException overflow) {
      throw new OutOfRange();
    }
  }

  private static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfRange() {
      super(null, null, false, false);
    }
  }

  private static String decimal(LogicalTypes.Decimal type, BigDecimal number) {
    int scale = type.getScale();
    int precision = type.getPrecision();
    String declared = "\"decimal(" + precision + "," + scale + ")\"";
    BigDecimal plain = number.stripTrailingZeros();
    if (plain.scale() > scale) {
      return "The value " + number.toPlainString() + " has " + plain.scale() + " decimal places but the logical type "
          + declared + " allows " + scale + ", so it cannot be written without rounding; round it to " + scale + " places.";
    }
    int digits = plain.setScale(scale).precision();
    if (digits > precision) {
      return "The value " + number.toPlainString() + " needs " + digits + " digits at scale " + scale
          + " but the logical type " + declared + " allows " + precision
          + ", so it cannot be written; use a smaller value or raise the precision.";
    }
    return null;
  }
}
