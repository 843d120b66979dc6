package dev.schemagate.core.json;

import java.util.List;
import java.util.Map;

/** The {@code format} names the drafts define, with example values the validator accepts. */
final class JsonFormats {
  private static final Map<String, List<String>> EXAMPLES = Map.ofEntries(
      Map.entry("date-time", List.of("2024-01-15T10:30:00Z", "1999-12-31T23:59:59.123+01:00")),
      Map.entry("date", List.of("2024-01-15", "1999-12-31")),
      Map.entry("time", List.of("10:30:00Z", "23:59:59+01:00")),
      Map.entry("duration", List.of("P1D", "PT1H30M")),
      Map.entry("email", List.of("user@example.com", "first.last@example.org")),
      Map.entry("idn-email", List.of("user@example.com", "first.last@example.org")),
      Map.entry("hostname", List.of("example.com", "api.example.org")),
      Map.entry("idn-hostname", List.of("example.com", "api.example.org")),
      Map.entry("ipv4", List.of("192.0.2.1", "10.0.0.255")),
      Map.entry("ipv6", List.of("2001:db8::1", "::1")),
      Map.entry("uri", List.of("https://example.com/a", "urn:isbn:0451450523")),
      Map.entry("uri-reference", List.of("/a/b", "https://example.com/x")),
      Map.entry("iri", List.of("https://example.com/a", "urn:isbn:0451450523")),
      Map.entry("iri-reference", List.of("/a/b", "https://example.com/x")),
      Map.entry("uri-template", List.of("https://example.com/{id}", "/orders/{order}")),
      Map.entry("json-pointer", List.of("/a/b", "")),
      Map.entry("relative-json-pointer", List.of("0/a", "1")),
      Map.entry("regex", List.of("^[a-z]+$", "a*")),
      Map.entry("uuid", List.of("3fa85f64-5717-4562-b3fc-2c963f66afa6", "00000000-0000-4000-8000-000000000000")));

  private JsonFormats() {}

  /** True for a format a draft defines (the validator checks these in drafts 4, 6 and 7). */
  public static boolean isKnown(String format) {
    return EXAMPLES.containsKey(format);
  }

  /** Values of the format, valid under the validator; empty for an unknown format. */
  public static List<String> examples(String format) {
    return EXAMPLES.getOrDefault(format, List.of());
  }
}
