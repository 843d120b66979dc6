package dev.schemagate.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {
  private final SchemaDiff diff = new SchemaDiff(CompatibilityChecker.create());

  private SchemaDiffReport avro(String before, String after, CompatibilityLevel level) {
    return diff.diff(new VersionedSchema(1, SchemaParser.parse(SchemaType.AVRO, before)), SchemaParser.parse(SchemaType.AVRO, after),
        level, CompatibilityPolicy.STRICT);
  }

  private static String record(String fields) {
    return "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"fields\":[" + fields + "]}";
  }

  @Test
  void fields_are_matched_by_name_wherever_they_moved_and_each_change_carries_what_it_breaks() {
    SchemaDiffReport report = avro(
        record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"note\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"int\"}"),
        record("{\"name\":\"qty\",\"type\":\"long\"},{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"currency\",\"type\":\"string\"}"),
        CompatibilityLevel.BACKWARD);

    assertThat(report.changes()).extracting(SchemaChange::kind, SchemaChange::what, SchemaChange::oldPointer, SchemaChange::newPointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SchemaChange.Kind.CHANGED, "\"type\"", "/fields/2/type", "/fields/0/type"),
            org.assertj.core.groups.Tuple.tuple(SchemaChange.Kind.ADDED, "field \"currency\"", "/fields", "/fields/2"),
            org.assertj.core.groups.Tuple.tuple(SchemaChange.Kind.REMOVED, "field \"note\"", "/fields/1", "/fields"));
    assertThat(report.changes().get(0).breaks()).isEmpty();
    assertThat(report.changes().get(1).breaks()).extracting(found -> found.rule().name()).containsExactly("READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(report.changes().get(2).breaks()).isEmpty();
    assertThat(report.isCompatible()).isFalse();
    assertThat(report.breakingChanges()).isEqualTo(1);
  }

  @Test
  void the_same_change_judged_at_forward_breaks_where_the_removed_field_had_no_default() {
    SchemaDiffReport report = avro(record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"note\",\"type\":\"string\"}"),
        record("{\"name\":\"id\",\"type\":\"string\"}"), CompatibilityLevel.FORWARD);

    assertThat(report.changes()).singleElement().satisfies(change -> {
      assertThat(change.what()).isEqualTo("field \"note\"");
      assertThat(change.breaks()).extracting(found -> found.rule().name()).containsExactly("READER_FIELD_MISSING_DEFAULT_VALUE");
    });
  }

  @Test
  void json_schema_properties_and_keywords_are_named_and_whitespace_is_no_change() {
    String before = "{\"type\":\"object\",\"properties\":{\"amount\":{\"type\":\"number\",\"maximum\":100}}}";
    String after = "{ \"type\" : \"object\", \"properties\": {\"amount\": {\"type\": \"number\", \"maximum\": 50}, \"note\": {\"type\":\"string\"}}}";
    SchemaDiffReport report = diff.diff(new VersionedSchema(3, SchemaParser.parse(SchemaType.JSON, before)),
        SchemaParser.parse(SchemaType.JSON, after), CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT);

    assertThat(report.changes()).extracting(SchemaChange::kind, SchemaChange::what, SchemaChange::newPointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SchemaChange.Kind.CHANGED, "\"maximum\"", "/properties/amount/maximum"),
        org.assertj.core.groups.Tuple.tuple(SchemaChange.Kind.ADDED, "property \"note\"", "/properties/note"));
    assertThat(report.changes().get(0).before().asInt()).isEqualTo(100);
    assertThat(report.changes().get(0).after().asInt()).isEqualTo(50);
    assertThat(report.changes().get(0).breaks()).extracting(found -> found.rule().name()).containsExactly("MAXIMUM_DECREASED");
    assertThat(diff.diff(new VersionedSchema(1, SchemaParser.parse(SchemaType.JSON, before)), SchemaParser.parse(SchemaType.JSON,
        before.replace(",", " ,")), CompatibilityLevel.FULL, CompatibilityPolicy.STRICT).changes()).isEmpty();
  }

  @Test
  void protobuf_is_refused_in_words() {
    var proto = SchemaParser.parse(SchemaType.PROTOBUF, "syntax = \"proto3\";\nmessage A { string a = 1; }\n");
    assertThat(catchThrowable(() -> diff.diff(new VersionedSchema(1, proto), proto, CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT)))
        .hasMessage("diff compares Avro and JSON Schema documents; Protobuf schemas cannot be diffed yet.");
  }
}
