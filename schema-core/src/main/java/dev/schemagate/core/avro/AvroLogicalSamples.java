package dev.schemagate.core.avro;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Values of Avro's logical types in their plain Avro representation, with the edges of each
 * type's meaningful range: the epoch, the first and last instant of years 1 and 9999, midnight and
 * the last millisecond of a day, the largest and smallest decimal the precision allows, the nil UUID.
 * Random values stay in the years 2000 to 2100.
 */
final class AvroLogicalSamples {
  private static final long DAY_MILLIS = 86_400_000L;
  private static final long YEAR_2000_MILLIS = 946_684_800_000L;
  private static final long CENTURY_MILLIS = 3_155_760_000_000L;
  private static final long[] TIMESTAMP_MILLIS_EDGES = {0L, -62_135_596_800_000L, 253_402_300_799_999L};
  private static final long[] TIMESTAMP_MICROS_EDGES = {0L, -62_135_596_800_000_000L, 253_402_300_799_999_999L};
  /** Nanoseconds since the epoch reach only the years 1677 to 2262 in a long. */
  private static final long[] TIMESTAMP_NANOS_EDGES = {0L, -2_208_988_800_000_000_000L, 4_102_444_799_999_999_999L};
  private static final int[] DATE_EDGES = {0, -719_162, 2_932_896};
  private static final String[] UUID_EDGES = {"00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"};

  private final Random random;

  AvroLogicalSamples(Random random) {
    this.random = random;
  }

  /** A value of the logical type, or null when the generic value of the base type will do. */
  Object value(Schema schema, LogicalType type, int edge) {
    return switch (type.getName()) {
      case "date" -> pick(DATE_EDGES, edge, () -> 10_957 + random.nextInt(36_525));
      case "time-millis" -> edge == 0 ? 0 : edge == 1 ? (int) DAY_MILLIS - 1 : random.nextInt((int) DAY_MILLIS);
      case "time-micros" -> edge == 0 ? 0L : edge == 1 ? DAY_MILLIS * 1000 - 1 : bounded(DAY_MILLIS * 1000);
      case "timestamp-millis", "local-timestamp-millis" -> pick(TIMESTAMP_MILLIS_EDGES, edge, () -> recentMillis());
      case "timestamp-micros", "local-timestamp-micros" -> pick(TIMESTAMP_MICROS_EDGES, edge, () -> recentMillis() * 1000);
      case "timestamp-nanos", "local-timestamp-nanos" -> pick(TIMESTAMP_NANOS_EDGES, edge, () -> recentMillis() * 1_000_000);
      case "uuid" -> uuid(schema, edge);
      case "decimal" -> decimal(schema, (LogicalTypes.Decimal) type, edge);
      case "big-decimal" -> bigDecimal(schema, type, edge);
      case "duration" -> duration(schema, edge);
      default -> null;
    };
  }

  private Object uuid(Schema schema, int edge) {
    String text = edge >= 0 && edge < UUID_EDGES.length ? UUID_EDGES[edge] : randomUuid().toString();
    if (schema.getType() == Schema.Type.FIXED) {
      return new Conversions.UUIDConversion().toFixed(java.util.UUID.fromString(text), schema, schema.getLogicalType());
    }
    return text;
  }

  private java.util.UUID randomUuid() {
    long most = (random.nextLong() & ~0xf000L) | 0x4000L;
    long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new java.util.UUID(most, least);
  }

  private Object decimal(Schema schema, LogicalTypes.Decimal type, int edge) {
    BigInteger largest = BigInteger.TEN.pow(type.getPrecision()).subtract(BigInteger.ONE);
    BigInteger unscaled = switch (edge) {
      case 0 -> BigInteger.ZERO;
      case 1 -> largest;
      case 2 -> largest.negate();
      case 3 -> BigInteger.ONE;
      default -> BigInteger.valueOf(random.nextLong()).mod(largest.min(BigInteger.valueOf(100_000_000L)))
          .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
    };
    BigDecimal value = new BigDecimal(unscaled, type.getScale());
    Conversions.DecimalConversion conversion = new Conversions.DecimalConversion();
    if (schema.getType() == Schema.Type.FIXED) {
      return conversion.toFixed(value, schema, type);
    }
    return conversion.toBytes(value, schema, type);
  }

  private Object bigDecimal(Schema schema, LogicalType type, int edge) {
    BigDecimal value = switch (edge) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> new BigDecimal("-123456789012345678901234567890.123456789");
      case 2 -> new BigDecimal("1E-30");
      default -> BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, 2);
    };
    return new Conversions.BigDecimalConversion().toBytes(value, schema, type);
  }

  /** Twelve bytes: months, days and milliseconds, each an unsigned little-endian int. */
  private Object duration(Schema schema, int edge) {
    ByteBuffer bytes = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    if (edge == 1) {
      bytes.putInt(-1).putInt(-1).putInt(-1);
    } else if (edge != 0) {
      bytes.putInt(random.nextInt(24)).putInt(random.nextInt(31)).putInt(random.nextInt((int) DAY_MILLIS));
    }
    return new GenericData.Fixed(schema, bytes.array());
  }

  private long recentMillis() {
    return YEAR_2000_MILLIS + bounded(CENTURY_MILLIS);
  }

  private long bounded(long bound) {
    return Math.floorMod(random.nextLong(), bound);
  }

  private static long pick(long[] edges, int edge, java.util.function.LongSupplier random) {
    return edge >= 0 && edge < edges.length ? edges[edge] : random.getAsLong();
  }

  private static int pick(int[] edges, int edge, java.util.function.IntSupplier random) {
    return edge >= 0 && edge < edges.length ? edges[edge] : random.getAsInt();
  }
}
