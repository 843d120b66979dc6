package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointerPositionsTest {
  private static final String AVRO = """
      {
        "type": "record",
        "name": "OrderPlaced",
        "fields": [
          {"name": "orderId", "type": "string"},
          {
            "name": "a/b~c",
            "type": {"type": "enum", "name": "Reason", "symbols": ["A", "B"]}
          }
        ]
      }
      """;

  @Test
  void a_member_is_found_at_its_name() {
    assertThat(PointerPositions.locate(AVRO, "/name")).contains(new Position(3, 3));
  }

  @Test
  void an_array_element_is_found_at_its_first_character() {
    assertThat(PointerPositions.locate(AVRO, "/fields/0")).contains(new Position(5, 5));
    assertThat(PointerPositions.locate(AVRO, "/fields/1")).contains(new Position(6, 5));
  }

  @Test
  void a_deep_pointer_walks_past_earlier_siblings_and_nested_values() {
    assertThat(PointerPositions.locate(AVRO, "/fields/1/type/symbols")).contains(new Position(8, 50));
    assertThat(PointerPositions.locate(AVRO, "/fields/1/type/symbols/1")).contains(new Position(8, 67));
  }

  @Test
  void escaped_tokens_name_keys_with_slash_and_tilde() {
    String text = "{\"properties\": {\"a/b~c\": {\"type\": \"string\"}}}";
    assertThat(PointerPositions.locate(text, "/properties/a~1b~0c/type")).contains(new Position(1, 27));
  }

  @Test
  void the_whole_document_is_its_first_token() {
    assertThat(PointerPositions.locate("\n\n  {}", "")).contains(new Position(3, 3));
  }

  @Test
  void a_pointer_to_something_deleted_is_found_at_the_deepest_part_that_exists() {
    assertThat(PointerPositions.locate(AVRO, "/fields/7/type")).contains(new Position(4, 3));
    assertThat(PointerPositions.locate(AVRO, "/fields/0/doc")).contains(new Position(5, 5));
  }

  @Test
  void text_that_is_not_json_before_the_place_has_no_position() {
    assertThat(PointerPositions.locate("{\"a\": [1, 2,", "/a/5")).isEmpty();
    assertThat(PointerPositions.locate("", "")).isEmpty();
    assertThat(PointerPositions.locate("{}", "no-slash")).isEmpty();
  }
}
