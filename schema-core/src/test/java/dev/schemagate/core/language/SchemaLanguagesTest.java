package dev.schemagate.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaLanguagesTest {

  @Test
  void every_schema_type_has_one_language_of_that_type() {
    for (SchemaType type : SchemaType.values()) {
      assertThat(SchemaLanguages.of(type).type()).isEqualTo(type);
    }
    assertThat(SchemaLanguages.all()).extracting(SchemaLanguage::type).containsExactly(SchemaType.values());
  }

  @Test
  void folders_read_avro_and_json_schema_files_by_their_extension_and_not_proto_files_yet() {
    assertThat(SchemaLanguages.ofFile("orders/OrderPlaced.avsc")).map(SchemaLanguage::type).contains(SchemaType.AVRO);
    assertThat(SchemaLanguages.ofFile("orders/OrderPlaced.json")).map(SchemaLanguage::type).contains(SchemaType.JSON);
    assertThat(SchemaLanguages.ofFile("orders/order.proto")).isEmpty();
    assertThat(SchemaLanguages.ofFile("orders/README.md")).isEmpty();
    assertThat(SchemaLanguages.inFolders()).extracting(SchemaLanguage::type).containsExactly(SchemaType.AVRO, SchemaType.JSON);
  }

  @Test
  void a_downloaded_schema_is_written_with_its_languages_first_extension() {
    assertThat(SchemaLanguages.all()).extracting(SchemaLanguage::fileExtension).containsExactly(".avsc", ".json", ".proto");
  }

  @ParameterizedTest
  @EnumSource(SchemaType.class)
  void the_example_of_each_language_parses_as_that_language_and_reads_itself(SchemaType type) {
    SchemaLanguage language = SchemaLanguages.of(type);
    ParsedSchema example = SchemaParser.parse(type, language.example());

    assertThat(example.type()).isEqualTo(type);
    assertThat(CompatibilityChecker.create()
        .check(example, List.of(new VersionedSchema(1, example)), CompatibilityLevel.FULL_TRANSITIVE)
        .isCompatible()).isTrue();
    assertThat(language.checker().type()).isEqualTo(type);
  }

  @ParameterizedTest
  @EnumSource(value = SchemaType.class, names = {"AVRO", "JSON"})
  void samples_of_a_language_are_valid_events_of_its_schema(SchemaType type) {
    SchemaLanguage language = SchemaLanguages.of(type);
    ParsedSchema example = SchemaParser.parse(type, language.example());
    SampleGenerator samples = language.samples().orElseThrow();
    InstanceValidator validator = InstanceValidator.of(example);

    List<Object> data = samples.data(example, 7, 3);
    assertThat(data).hasSize(3);
    for (Object datum : data) {
      JsonNode json = samples.toJson(example, datum);
      assertThat(json.isObject()).as(json.toString()).isTrue();
      assertThat(json.path("a").isMissingNode() || json.path("a").isTextual()).as(json.toString()).isTrue();
      assertThat(validator.validate(json)).as(json.toString()).isEmpty();
    }
    assertThat(samples.toJson(example, samples.datum(example, 7))).isEqualTo(samples.toJson(example, samples.datum(example, 7)));
  }

  @Test
  void protobuf_makes_no_samples_and_validates_no_events_yet() {
    SchemaLanguage protobuf = SchemaLanguages.of(SchemaType.PROTOBUF);
    ParsedSchema example = SchemaParser.parse(SchemaType.PROTOBUF, protobuf.example());

    assertThat(protobuf.samples()).isEmpty();
    assertThat(protobuf.references()).isEmpty();
    assertThatThrownBy(() -> InstanceValidator.of(example))
        .isInstanceOf(SchemaGateException.class)
        .hasMessage("Validating events against Protocol Buffers schemas is not supported yet; use an Avro or JSON Schema.");
  }

  @Test
  void json_schema_references_that_are_relative_json_paths_go_beside_the_file_that_uses_them() {
    ReferenceFinder<?> json = SchemaLanguages.of(SchemaType.JSON).references().orElseThrow();
    ReferenceFinder<?> avro = SchemaLanguages.of(SchemaType.AVRO).references().orElseThrow();

    assertThat(json.isRelativePath("common/address.json")).isTrue();
    assertThat(json.isRelativePath("https://example.com/address.json")).isFalse();
    assertThat(json.isRelativePath("/address.json")).isFalse();
    assertThat(json.allowsCycles()).isTrue();
    assertThat(avro.isRelativePath("common/address.json")).isFalse();
    assertThat(avro.allowsCycles()).isFalse();
  }

  @Test
  void each_language_names_the_top_level_fields_of_its_events() {
    ParsedSchema avro = SchemaParser.parse(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"b\",\"type\":\"int\"},{\"name\":\"a\",\"type\":\"string\"}]}");
    ParsedSchema avroEnum = SchemaParser.parse(SchemaType.AVRO, "{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"X\"]}");
    ParsedSchema json = SchemaParser.parse(SchemaType.JSON,
        "{\"type\":\"object\",\"properties\":{\"z\":{},\"y\":{\"type\":\"string\"}}}");
    ParsedSchema protobuf = SchemaParser.parse(SchemaType.PROTOBUF,
        "syntax = \"proto3\"; message First { string id = 1; oneof pay { int32 cents = 2; string text = 3; } } message Second { int32 n = 1; }");

    assertThat(SchemaLanguages.of(SchemaType.AVRO).topLevelFields(avro)).containsExactly("b", "a");
    assertThat(SchemaLanguages.of(SchemaType.AVRO).topLevelFields(avroEnum)).isEmpty();
    assertThat(SchemaLanguages.of(SchemaType.JSON).topLevelFields(json)).containsExactly("z", "y");
    assertThat(SchemaLanguages.of(SchemaType.PROTOBUF).topLevelFields(protobuf)).containsExactly("id", "cents", "text");
  }

  @Test
  void only_json_schema_is_judged_by_a_policy_and_only_protobuf_is_not_written_in_json() {
    assertThat(SchemaLanguages.all()).filteredOn(SchemaLanguage::judgedByPolicy)
        .extracting(SchemaLanguage::type).containsExactly(SchemaType.JSON);
    assertThat(SchemaLanguages.all()).filteredOn(language -> !language.writtenInJson())
        .extracting(SchemaLanguage::type).containsExactly(SchemaType.PROTOBUF);
  }

  @Test
  void an_avro_sample_is_given_to_producers_as_plain_json_with_unions_as_their_value() {
    ParsedSchema avro = SchemaParser.parse(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"note\",\"type\":[\"null\",\"string\"]}]}");
    SampleGenerator samples = SchemaLanguages.of(SchemaType.AVRO).samples().orElseThrow();
    List<Object> data = samples.data(avro, 3, 4);

    for (Object datum : data) {
      JsonNode readable = samples.toJson(avro, datum);
      JsonNode event = samples.toEventJson(avro, datum);
      JsonNode note = event.get("note");
      assertThat(note.isNull() || note.isTextual()).as(event.toString()).isTrue();
      assertThat(readable.get("note").isNull() || readable.get("note").has("string")).as(readable.toString()).isTrue();
      assertThat(InstanceValidator.of(avro).validate(event)).as(event.toString()).isEmpty();
    }
    assertThat(data).extracting(datum -> samples.toEventJson(avro, datum).get("note").isNull()).contains(true, false);
  }
}
