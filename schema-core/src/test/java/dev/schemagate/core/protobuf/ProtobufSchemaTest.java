package dev.schemagate.core.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemagate.core.protobuf.ProtoElements.Message;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtobufSchemaTest {

  private static ProtobufSchema parse(String text) {
    return (ProtobufSchema) SchemaParser.parse(SchemaType.PROTOBUF, text);
  }

  private static List<SchemaProblem> problems(String text) {
    try {
      parse(text);
    } catch (InvalidSchemaException e) {
      return e.problems();
    }
    throw new AssertionError("expected the schema to be refused");
  }

  @Test
  void reads_messages_enums_oneofs_maps_options_services_and_well_known_types() {
    ProtobufSchema schema = parse("""
        syntax = "proto3";
        package shop.orders;
        import "google/protobuf/timestamp.proto";
        option java_package = "com.example.orders";

        // An order as the checkout writes it.
        message Order {
          option deprecated = false;
          reserved 8, 10 to 12;
          reserved "legacy";
          string id = 1 [json_name = "orderId"];
          repeated Line lines = 2;
          map<string, int64> totals = 3;
          google.protobuf.Timestamp placed_at = 4;
          oneof payment {
            string card = 5;
            Iban iban = 6;
          }
          Status status = 7;
          message Line { string sku = 1; int32 quantity = 2; }
          message Iban { string number = 1; }
        }
        enum Status { STATUS_UNKNOWN = 0; PAID = 1 [(custom.label) = { text: "paid" }]; }
        service Orders { rpc Place (Order) returns (stream Order); }
        """);

    assertThat(schema.name()).contains("shop.orders.Order");
    Message order = schema.file().messages().get(0);
    assertThat(order.allFields()).extracting(f -> f.name() + "=" + f.number())
        .containsExactly("id=1", "lines=2", "totals=3", "placed_at=4", "status=7", "card=5", "iban=6");
    assertThat(order.fields().get(2).keyType()).isEqualTo("string");
    assertThat(schema.file().services()).hasSize(1);
  }

  @Test
  void comments_and_layout_do_not_change_the_canonical_text_or_fingerprint() {
    ProtobufSchema compact = parse("syntax = \"proto3\"; message A { string id = 1; int32 n = 2; }");
    ProtobufSchema spread = parse("""
        // header
        syntax = "proto3";
        /* the only message */
        message A {
          string id = 1;   // key
          int32 n = 2;
        }
        """);

    assertThat(spread.canonicalText()).isEqualTo(compact.canonicalText()).isEqualTo("""
        syntax = "proto3";
        message A {
          string id = 1;
          int32 n = 2;
        }
        """);
    assertThat(spread.fingerprint()).isEqualTo(compact.fingerprint());
    assertThat(parse("syntax = \"proto3\"; message A { string id = 1; int64 n = 2; }").fingerprint())
        .isNotEqualTo(compact.fingerprint());
  }

  @Test
  void reads_proto2_groups_as_a_field_and_a_nested_message() {
    ProtobufSchema schema = parse("""
        syntax = "proto2";
        message SearchResponse {
          repeated group Result = 1 {
            required string url = 2;
          }
        }
        """);

    Message response = schema.file().messages().get(0);
    assertThat(response.fields()).extracting(f -> f.type() + " " + f.name()).containsExactly("Result result");
    assertThat(response.nested()).extracting(t -> t.name()).containsExactly("Result");
  }

  @Test
  void an_import_is_resolved_through_the_reference_of_the_same_name() {
    String common = "syntax = \"proto3\"; package common; message Money { int64 cents = 1; }";
    ProtobufSchema schema = (ProtobufSchema) SchemaParser.parse(
        SchemaType.PROTOBUF,
        "syntax = \"proto3\"; import \"common.proto\"; message Price { common.Money amount = 1; }",
        List.of(new SchemaReference("common.proto", "common-value", 1)),
        Map.of("common.proto", common));

    assertThat(schema.dependencies()).containsKey("common.proto");
    assertThat(schema.types().resolve("common.Money", "Price")).isPresent();
  }

  @Test
  void text_that_is_not_protobuf_is_refused_at_its_first_word() {
    assertThat(problems("this is not valid protobuf")).containsExactly(SchemaProblem.atText(1, 1,
        "Expected 'syntax', 'package', 'import', 'option', 'message', 'enum', 'service' or 'extend' but found 'this';"
            + " this is not a Protocol Buffers schema."));
  }

  @Test
  void a_syntax_error_is_located_by_line_and_column() {
    assertThat(problems("syntax = \"proto3\";\nmessage A {\n  string id = ;\n}")).containsExactly(
        SchemaProblem.atText(3, 15, "Expected the number of field id but found ';'."));
  }

  @Test
  void every_semantic_problem_is_reported_at_its_field() {
    assertThat(problems("""
        syntax = "proto3";
        import "missing.proto";
        message A {
          reserved 7;
          required string a = 1;
          string b = 1;
          Unknown c = 2;
          int32 d = 7;
          map<double, string> e = 3;
        }
        enum E { FIRST = 1; }
        """)).extracting(SchemaProblem::toString).containsExactly(
        "line 2, column 1: The import \"missing.proto\" is neither a well-known file nor one of the schema's references;"
            + " add a reference named \"missing.proto\".",
        "line 5, column 3: Field \"a\" is required, which proto3 does not allow; make it optional.",
        "line 6, column 3: Fields \"a\" and \"b\" of A both use number 1; give each field its own number.",
        "line 7, column 3: Field \"c\" has type \"Unknown\", which is not declared here or in an imported file;"
            + " declare it or import the file that does.",
        "line 8, column 3: Field \"d\" uses number 7, which A reserves; pick another number.",
        "line 9, column 3: Map field \"e\" has key type double; map keys must be an integer type, bool or string.",
        "line 11, column 1: The first value of proto3 enum E is FIRST = 1; proto3 enums must start with a value"
            + " numbered 0.");
  }

  @Test
  void an_empty_schema_is_refused() {
    assertThatThrownBy(() -> parse("  ")).isInstanceOf(InvalidSchemaException.class)
        .hasMessage("#: The schema is empty; send the .proto file itself.");
  }
}
