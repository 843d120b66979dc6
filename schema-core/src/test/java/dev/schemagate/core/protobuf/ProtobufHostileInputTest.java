package dev.schemagate.core.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code .proto} text built to break a reader: nesting without end, constructs left open, numbers
 * out of range, huge files. Each is refused with one located {@link InvalidSchemaException} (never
 * a StackOverflowError or another exception) or read in bounded time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProtobufHostileInputTest {

  private static ProtobufSchema parse(String text) {
    return (ProtobufSchema) SchemaParser.parse(SchemaType.PROTOBUF, text);
  }

  private static List<String> problems(String text) {
    try {
      parse(text);
    } catch (InvalidSchemaException e) {
      return e.problems().stream().map(SchemaProblem::toString).toList();
    }
    throw new AssertionError("expected the schema to be refused");
  }

  @Test
  void messages_nested_thousands_deep_are_refused_at_the_first_one_past_the_limit() {
    String deep = "message M { ".repeat(5000) + "}".repeat(5000);

    assertThat(problems(deep)).containsExactly("line 1, column 1201: Message M is nested more than 100 levels deep;"
        + " declare the inner messages at the top level and refer to them by name.");
  }

  @Test
  void groups_nested_thousands_deep_are_refused_too() {
    String deep = "message M { " + "optional group G = 1 { ".repeat(5000) + "}".repeat(5001);

    assertThat(problems(deep)).singleElement().asString()
        .endsWith("Message G is nested more than 100 levels deep; declare the inner messages at the top level and refer"
            + " to them by name.");
  }

  @Test
  void messages_nested_up_to_the_limit_are_read_and_printed() {
    ProtobufSchema schema = parse("message M { ".repeat(100) + "}".repeat(100));

    assertThat(schema.canonicalText().lines()).hasSize(1 + 200);
  }

  @Test
  void every_construct_left_open_is_refused_where_it_starts() {
    assertThat(problems("message A {\n  int32 a = 1;\n")).containsExactly(
        "line 1, column 1: Message A is not closed; end it with '}'.");
    assertThat(problems("enum E {\n  A = 0;")).containsExactly("line 1, column 1: Enum E is not closed; end it with '}'.");
    assertThat(problems("message A {\n  oneof o {\n    int32 a = 1;")).containsExactly(
        "line 2, column 11: Oneof o is not closed; end it with '}'.");
    assertThat(problems("service S {\n  rpc R (A) returns (A);")).containsExactly(
        "line 1, column 11: Service S is not closed; end it with '}'.");
    assertThat(problems("service S {\n  rpc R (A) returns (A) {\n    option deprecated = true;")).containsExactly(
        "line 2, column 25: Rpc R is not closed; end it with '}'.");
    assertThat(problems("extend A {\n  int32 b = 2;")).containsExactly(
        "line 1, column 10: The extension of A is not closed; end it with '}'.");
    assertThat(problems("syntax = \"proto3;\n")).containsExactly(
        "line 1, column 10: The string that starts here is not closed; end it with \" on the same line.");
    assertThat(problems("message A { } /* note")).containsExactly(
        "line 1, column 15: The comment that starts here is not closed; end it with */.");
    assertThat(problems("option (x) = { a: { b: 1 }")).containsExactly(
        "line 1, column 14: The value that starts here is not closed; end it with '}'.");
    assertThat(problems("message A { map<string, int32")).containsExactly(
        "line 1, column 30: Expected '>' to close the map type but found the end of the schema.");
    assertThat(problems("message A { int32 a = 1 [deprecated = true")).containsExactly(
        "line 1, column 43: Expected ']' to close the options but found the end of the schema.");
  }

  @Test
  void numbers_out_of_range_are_refused_at_the_number() {
    assertThat(problems("message A { int32 a = 99999999999999999999; }")).containsExactly(
        "line 1, column 23: Expected the number of field a but '99999999999999999999' is too large for a Protocol Buffers"
            + " number.");
    assertThat(problems("message A { optional group G = 0 {} }")).containsExactly(
        "line 1, column 32: Group G has number 0; field numbers run from 1 to 536870911.");
    assertThat(problems("message A { reserved 99999999999; }")).containsExactly(
        "line 1, column 22: The number is 99999999999, outside the allowed 1 to 536870911.");
    assertThat(problems("message A { reserved 10 to 5; }")).containsExactly(
        "line 1, column 28: The end of the range 10 to ... is 5, outside the allowed 10 to 536870911.");
    assertThat(problems("message A { extensions 100 to 99999999999; }")).containsExactly(
        "line 1, column 31: The end of the range 100 to ... is 99999999999, outside the allowed 100 to 536870911.");
    assertThat(problems("enum E { A = 0; B = -99999999999; }")).containsExactly(
        "line 1, column 21: The number of enum value B is -99999999999, outside the allowed -2147483648 to 2147483647.");
  }

  @Test
  void letters_and_digits_outside_ascii_are_not_names_or_numbers() {
    assertThat(problems("message Ä { int32 a = 1; }")).containsExactly(
        "line 1, column 9: Expected a message name but found 'Ä'.");
    assertThat(problems("message A { int32 a = \u0663; }")).containsExactly(
        "line 1, column 23: Expected the number of field a but found '\u0663'.");
  }

  @Test
  void an_edition_file_keeps_its_edition_in_the_canonical_text() {
    ProtobufSchema schema = parse("edition = \"2023\";\nmessage A { int32 a = 1; }");

    assertThat(schema.canonicalText()).startsWith("edition = \"2023\";\n");
    assertThat(parse(schema.canonicalText()).canonicalText()).isEqualTo(schema.canonicalText());
  }

  @Test
  void every_truncation_and_mutation_of_a_rich_file_is_read_or_refused_at_a_line() {
    String base = """
        syntax = "proto2";
        package shop.orders;
        import public "google/protobuf/timestamp.proto";
        option (custom.opt) = { a: 1 b: "x" c { d: true } };
        message Order {
          reserved 8, 10 to 12, 100 to max;
          reserved "legacy";
          extensions 1000 to 1999;
          required string id = 1 [json_name = "orderId", default = "a\\tb\\x41\\101"];
          map<string, int64> totals = 3;
          optional google.protobuf.Timestamp placed_at = 4;
          oneof payment { string card = 5; Iban iban = 6; }
          optional group Extra = 7 { optional int32 n = 1; }
          message Iban { optional string number = 1 [default = -0x1F]; }
          enum Kind { option allow_alias = true; A = 0; B = 1; C = 1; reserved 5 to 9; }
          extend Order { optional int32 ext = 1000; }
        }
        service Orders { rpc Place (Order) returns (stream Order) { option deprecated = true; } }
        """;
    String alphabet = "{}[]()<>;=,.\"'\\/*-+ \n\tabz09_:";
    Random random = new Random(7);
    int read = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder(base);
      int at = random.nextInt(text.length());
      switch (i % 4) {
        case 0 -> text.setLength(at);
        case 1 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
        default -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        parse(text.toString());
        read++;
      } catch (InvalidSchemaException refused) {
        assertThat(refused.problems()).as(text.toString())
            .allSatisfy(problem -> assertThat(problem.line() > 0 || text.toString().isBlank()).isTrue());
      }
    }
    assertThat(read).as("mutations that still parse").isPositive();
  }

  @Test
  void a_file_of_twenty_thousand_messages_is_read() {
    StringBuilder text = new StringBuilder("syntax = \"proto3\";\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("message M").append(i).append(" { string id = 1; M").append((i + 1) % 20_000).append(" next = 2; }\n");
    }

    assertThat(parse(text.toString()).file().messages()).hasSize(20_000);
  }
}
