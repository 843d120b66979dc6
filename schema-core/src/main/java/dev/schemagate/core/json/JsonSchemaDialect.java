package dev.schemagate.core.json;

import java.util.Locale;
import java.util.Optional;

/** The JSON Schema drafts SchemaGate reads, chosen by {@code $schema}; draft 7 when absent. */
enum JsonSchemaDialect {
  DRAFT_4("http://json-schema.org/draft-04/schema#"),
  DRAFT_6("http://json-schema.org/draft-06/schema#"),
  DRAFT_7("http://json-schema.org/draft-07/schema#"),
  DRAFT_2019_09("https://json-schema.org/draft/2019-09/schema"),
  DRAFT_2020_12("https://json-schema.org/draft/2020-12/schema");

  public static final JsonSchemaDialect DEFAULT = DRAFT_7;

  private final String id;

  JsonSchemaDialect(String id) {
    this.id = id;
  }

  /** The meta-schema URI, as the draft itself spells it. */
  public String id() {
    return id;
  }

  /**
   * The dialect a {@code $schema} value names. Accepts http or https, with or without the empty
   * fragment, because schemas in the wild write all four.
   */
  public static Optional<JsonSchemaDialect> fromId(String schemaKeyword) {
    String wanted = normalize(schemaKeyword);
    for (JsonSchemaDialect dialect : values()) {
      if (normalize(dialect.id).equals(wanted)) {
        return Optional.of(dialect);
      }
    }
    return Optional.empty();
  }

  /** True from 2019-09 on, where {@code $defs}, {@code prefixItems} (2020-12) and friends exist. */
  public boolean isAtLeast(JsonSchemaDialect other) {
    return ordinal() >= other.ordinal();
  }

  private static String normalize(String id) {
    String value = id.trim().toLowerCase(Locale.ROOT);
    if (value.endsWith("#")) {
      value = value.substring(0, value.length() - 1);
    }
    return value.replaceFirst("^https?://", "");
  }
}
