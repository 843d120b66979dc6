package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.validate.InstanceProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the networknt validator's errors into SchemaGate's sentences: names in double quotes, the
 * value shown, ending with what to do. Keywords without a sentence of their own keep the validator's
 * words, made into a sentence.
 */
final class JsonInstanceSentences {
  private JsonInstanceSentences() {}

  static InstanceProblem describe(Error error, String path) {
    JsonNode value = error.getInstanceNode();
    JsonNode keyword = error.getSchemaNode();
    Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
    String first = arguments.length > 0 ? String.valueOf(arguments[0]) : "";
    String sentence = switch (error.getKeyword() == null ? "" : error.getKeyword()) {
      case "required" -> "Property \"" + first + "\" is required but missing; set it.";
      case "additionalProperties", "unevaluatedProperties" -> {
        path = Pointers.append(path, first);
        yield "Property \"" + first + "\" is not allowed here, as the schema does not allow other properties, so readers"
            + " may reject the event; remove it or add it to the schema.";
      }
      case "type" -> keyword != null && keyword.isArray()
          ? "The value is " + kind(value) + " but the schema wants one of " + values(keyword) + "; write one of those instead."
          : "The value is " + kind(value) + " but the schema wants " + shown(keyword) + "; write " + article(keyword) + " instead.";
      case "enum" -> "The value " + shown(value) + " is not one of the allowed values " + values(keyword) + "; use one of them.";
      case "const" -> "The value " + shown(value) + " is not the only allowed value " + shown(keyword) + "; write exactly that.";
      case "pattern" -> "The value " + shown(value) + " does not match the pattern " + shown(keyword) + "; write a value of that form.";
      case "format" -> "The value " + shown(value) + " is not a valid " + first + "; write a valid " + first + ".";
      case "minimum" -> "The value " + shown(value) + " is below the minimum " + shown(keyword) + "; use " + shown(keyword) + " or more.";
      case "maximum" -> "The value " + shown(value) + " is above the maximum " + shown(keyword) + "; use " + shown(keyword) + " or less.";
      case "exclusiveMinimum" -> "The value " + shown(value) + " is not above " + first + "; use a value greater than " + first + ".";
      case "exclusiveMaximum" -> "The value " + shown(value) + " is not below " + first + "; use a value less than " + first + ".";
      case "multipleOf" -> "The value " + shown(value) + " is not a multiple of " + shown(keyword) + "; round it to a multiple.";
      case "minLength" -> "The text " + shown(value) + " is shorter than " + first + " characters; make it longer.";
      case "maxLength" -> "The text " + shown(value) + " is longer than " + first + " characters; shorten it.";
      case "minItems" -> "The array has " + value.size() + " items but needs at least " + first + "; add items.";
      case "maxItems" -> "The array has " + value.size() + " items but allows at most " + first + "; remove items.";
      case "uniqueItems" -> "The array has duplicate items but its items must be unique; remove the duplicates.";
      default -> fallback(error);
    };
    return new InstanceProblem(path, sentence);
  }

  private static String fallback(Error error) {
    String detail = error.getMessage() == null ? error.getKeyword() : error.getMessage().replaceFirst("^\\S+: ", "");
    String text = detail == null ? "" : detail.trim();
    if (text.isEmpty()) {
      return "The value does not match the schema.";
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  private static String kind(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isObject() || value.isArray()) {
      return value.isObject() ? "an object" : "an array";
    }
    String type = value.isTextual() ? "a string" : value.isBoolean() ? "a boolean" : value.isIntegralNumber() ? "an integer" : "a number";
    return type + " (" + shown(value) + ")";
  }

  private static String article(JsonNode type) {
    return switch (type == null ? "" : type.asText()) {
      case "integer" -> "an integer";
      case "array" -> "an array";
      case "object" -> "an object";
      case "null" -> "null";
      case "boolean" -> "true or false";
      default -> "a " + type.asText();
    };
  }

  /** A JSON value as it would be written, shortened when long. */
  private static String shown(JsonNode value) {
    if (value == null) {
      return "null";
    }
    String text = value.toString();
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }

  private static String values(JsonNode allowed) {
    if (allowed == null || !allowed.isArray()) {
      return shown(allowed);
    }
    List<String> values = new ArrayList<>();
    allowed.forEach(item -> values.add(shown(item)));
    return String.join(", ", values);
  }
}
