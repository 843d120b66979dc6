package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.validate.InstanceProblem;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;

/** Checks one value of a type that holds no other values: primitives, enums, fixed, logical types. */
final class AvroScalars {
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private AvroScalars() {}

  static void check(Schema type, JsonNode value, String path, List<InstanceProblem> out) {
    LogicalType logical = type.getLogicalType();
    if (logical != null && AvroLogicalChecks.handles(type, logical, value)) {
      AvroLogicalChecks.check(type, logical, value, path, out);
      return;
    }
    switch (type.getType()) {
      case NULL -> expect(value.isNull(), type, value, path, out);
      case BOOLEAN -> expect(value.isBoolean(), type, value, path, out);
      case INT -> integral(type, value, INT_MIN, INT_MAX, "32", path, out);
      case LONG -> integral(type, value, LONG_MIN, LONG_MAX, "64", path, out);
      case FLOAT -> floating(type, value, path, out);
      case DOUBLE -> expect(value.isNumber(), type, value, path, out);
      case STRING, BYTES -> expect(value.isTextual(), type, value, path, out);
      case ENUM -> symbol(type, value, path, out);
      case FIXED -> fixed(type, value, path, out);
      default -> throw new IllegalArgumentException("not a scalar type: " + type.getType());
    }
  }

  private static void expect(boolean matches, Schema type, JsonNode value, String path, List<InstanceProblem> out) {
    if (!matches) {
      out.add(AvroInstanceWords.wrongKind(type, value, path));
    }
  }

  private static void integral(
      Schema type, JsonNode value, BigInteger min, BigInteger max, String bits, String path, List<InstanceProblem> out) {
    if (!value.isIntegralNumber()) {
      out.add(AvroInstanceWords.wrongKind(type, value, path));
      return;
    }
    BigInteger number = value.bigIntegerValue();
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      String fix = type.getType() == Schema.Type.INT ? "use a smaller number or widen the type to \"long\"" : "use a smaller number";
      out.add(new InstanceProblem(path, "The value " + number + " does not fit in " + AvroInstanceWords.type(type)
          + " (" + bits + " bits), so the event cannot be written; " + fix + "."));
    }
  }

  private static void floating(Schema type, JsonNode value, String path, List<InstanceProblem> out) {
    if (!value.isNumber()) {
      out.add(AvroInstanceWords.wrongKind(type, value, path));
      return;
    }
    double number = value.doubleValue();
    if (Double.isFinite(number) && Math.abs(number) > Float.MAX_VALUE) {
      out.add(new InstanceProblem(path, "The value " + value.asText() + " is too large for a \"float\", so it would be"
          + " written as infinity; use a smaller number or the type \"double\"."));
    }
  }

  private static void symbol(Schema enumType, JsonNode value, String path, List<InstanceProblem> out) {
    if (!value.isTextual()) {
      out.add(AvroInstanceWords.wrongKind(enumType, value, path));
      return;
    }
    List<String> symbols = enumType.getEnumSymbols();
    if (!symbols.contains(value.asText())) {
      out.add(new InstanceProblem(path, "The value \"" + value.asText() + "\" is not a symbol of enum \""
          + enumType.getFullName() + "\" (" + String.join(", ", symbols) + "); use one of them."));
    }
  }

  private static void fixed(Schema fixed, JsonNode value, String path, List<InstanceProblem> out) {
    if (!value.isTextual()) {
      out.add(AvroInstanceWords.wrongKind(fixed, value, path));
      return;
    }
    int size = fixed.getFixedSize();
    String text = value.asText();
    if (isLatin1(text) && text.length() == size || base64Length(text) == size) {
      return;
    }
    out.add(new InstanceProblem(path, "The value holds " + text.length() + " characters but fixed \"" + fixed.getFullName()
        + "\" holds exactly " + size + " bytes; send " + size + " bytes (as ISO-8859-1 characters or Base64)."));
  }

  static boolean isLatin1(String text) {
    return StandardCharsets.ISO_8859_1.newEncoder().canEncode(text);
  }

  private static int base64Length(String text) {
    try {
      return Base64.getDecoder().decode(text).length;
    } catch (IllegalArgumentException notBase64) {
      return -1;
    }
  }
}
