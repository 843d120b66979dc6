package dev.schemagate.core.compat.avro;

import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.schema.AvroSchema;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Avro compatibility, decided by Avro's own {@link SchemaCompatibility} (the reference every registry
 * uses) and translated into SchemaGate's rules and sentences.
 */
public final class AvroChecker implements FormatChecker {

  @Override
  public SchemaType type() {
    return SchemaType.AVRO;
  }

  @Override
  public List<Finding> check(SchemaPair pair) {
    Schema reader = ((AvroSchema) pair.reader()).avro();
    Schema writer = ((AvroSchema) pair.writer()).avro();
    SchemaCompatibility.SchemaPairCompatibility result =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    List<Finding> findings = new ArrayList<>();
    for (SchemaCompatibility.Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
      findings.add(translate(incompatibility, pair));
    }
    return findings;
  }

  private static Finding translate(SchemaCompatibility.Incompatibility found, SchemaPair pair) {
    Rule rule = Rule.valueOf(found.getType().name());
    String where = found.getLocation();
    String sentence =
        switch (found.getType()) {
          case READER_FIELD_MISSING_DEFAULT_VALUE ->
              "Field \"" + found.getMessage() + "\" is in " + pair.readerLabel() + " but not in " + pair.writerLabel()
                  + " and has no default, so data written with " + pair.writerLabel() + " cannot be read; add a default.";
          case MISSING_ENUM_SYMBOLS ->
              "Enum \"" + found.getReaderFragment().getFullName() + "\" in " + pair.readerLabel() + " lacks the symbols "
                  + found.getMessage() + " that " + pair.writerLabel()
                  + " may write, so those values cannot be read; keep the symbols or give the enum a default.";
          case NAME_MISMATCH ->
              "The type is named \"" + found.getReaderFragment().getFullName() + "\" in " + pair.readerLabel()
                  + " but \"" + found.getWriterFragment().getFullName() + "\" in " + pair.writerLabel()
                  + ", so data cannot be resolved; keep the name or add the other as an alias.";
          case FIXED_SIZE_MISMATCH ->
              "Fixed type \"" + found.getReaderFragment().getFullName() + "\" has size "
                  + found.getReaderFragment().getFixedSize() + " in " + pair.readerLabel() + " but "
                  + found.getWriterFragment().getFixedSize() + " in " + pair.writerLabel()
                  + ", so its values cannot be read; keep the size.";
          case MISSING_UNION_BRANCH ->
              "The union in " + pair.readerLabel() + " has no branch for the type " + describe(found.getWriterFragment())
                  + " that " + pair.writerLabel() + " may write, so such data cannot be read; add the branch.";
          case TYPE_MISMATCH ->
              "The type is " + describe(found.getReaderFragment()) + " in " + pair.readerLabel() + " but "
                  + describe(found.getWriterFragment()) + " in " + pair.writerLabel()
                  + ", and Avro cannot convert one into the other, so data cannot be read; keep the type or use a promotable one.";
        };
    return Finding.of(rule, where.equals("/") ? "" : where, sentence);
  }

  private static String describe(Schema schema) {
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> schema.getType().getName() + " \"" + schema.getFullName() + "\"";
      default -> "\"" + schema.getType().getName() + "\"";
    };
  }
}
