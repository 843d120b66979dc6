package dev.schemagate.core.protobuf;

import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;

/**
 * Decides whether a Protocol Buffers reader can read what a writer writes, the way Confluent's
 * registry decides it: by field number, grouping scalar types whose wire encodings are
 * interchangeable, and treating removed optional fields and new messages as harmless. Paths name the
 * message and the field number: {@code /Order/3}, {@code /Order/Line/1}, {@code /Order/payment/4}
 * for a oneof member.
 */
final class ProtobufChecker implements FormatChecker {

  @Override
  public SchemaType type() {
    return SchemaType.PROTOBUF;
  }

  @Override
  public List<Finding> check(SchemaPair pair) {
    return new ProtoDiff(pair).findings();
  }
}
