package dev.schemagate.core.compat.avro;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.schema.AvroSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Avro compatibility, decided by Avro's own {@link SchemaCompatibility} (the reference every registry
 * uses) and translated into SchemaGate's report: Avro's incompatibility type is the rule id, the
 * place is a JSON pointer into the new schema's document (Avro locates problems in the reader,
 * which is the old version in a FORWARD check), the sentence says what changed and how to fix it,
 * and a witness datum shows it.
 *
 * <p>Every incompatibility Avro reports is kept, once: Avro lists one twice when it reaches the same
 * pair of schemas twice. The one case Avro answers with an exception, a reader field whose name and
 * aliases match several writer fields, is reported as {@link Rule#AMBIGUOUS_FIELD_ALIAS}. A pair too
 * large for Avro's checker to finish (see {@link AvroExpansion}) is {@link Rule#CHECK_LIMIT_REACHED}.
 */
public final class AvroChecker implements FormatChecker {
  /** The last new schema's document: a transitive check asks about the same new schema many times. */
  private final AtomicReference<ParsedDocument> lastDocument = new AtomicReference<>();

  private record ParsedDocument(ParsedSchema schema, AvroDocument document) {}

  @Override
  public SchemaType type() {
    return SchemaType.AVRO;
  }

  @Override
  public List<Finding> check(SchemaPair pair) {
    Schema reader = ((AvroSchema) pair.reader()).avro();
    Schema writer = ((AvroSchema) pair.writer()).avro();
    if (AvroExpansion.exceedsLimit(reader) || AvroExpansion.exceedsLimit(writer)) {
      return List.of(Finding.of(Rule.CHECK_LIMIT_REACHED, "", AvroSentences.tooLarge(pair)));
    }
    SchemaCompatibilityResult result;
    try {
      result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
    } catch (AvroRuntimeException e) {
      return List.of(ambiguous(pair, reader, writer, e));
    }
    if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
      return List.of();
    }
    AvroLocator locator = new AvroLocator(reader, writer);
    AvroDocument newDocument = document(pair.newSchema());
    AvroWitnesses witnesses = new AvroWitnesses(reader, writer, pair.witnessBudget());
    List<Finding> findings = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    Set<Incompatibility> translated = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Incompatibility found : result.getIncompatibilities()) {
      if (!translated.add(found)) {
        continue; // Avro lists a result it reuses once per path to it
      }
      AvroSite site = locator.locate(found);
      String path = newDocument.pointer(pair.readerIsNew() ? site.readerTokens() : site.writerTokens());
      Rule rule = Rule.valueOf(found.getType().name());
      String sentence = AvroSentences.of(found, site, pair);
      if (seen.add(List.of(rule, path, sentence))) {
        findings.add(new Finding(rule, path, sentence, witnesses.witness(found.getType(), site)));
      }
    }
    return findings;
  }

  private AvroDocument document(ParsedSchema schema) {
    ParsedDocument last = lastDocument.get();
    if (last != null && last.schema() == schema) {
      return last.document();
    }
    AvroDocument document = AvroDocument.of(schema.text());
    lastDocument.set(new ParsedDocument(schema, document));
    return document;
  }

  private static Finding ambiguous(SchemaPair pair, Schema reader, Schema writer, AvroRuntimeException e) {
    if (e.getMessage() == null || !e.getMessage().startsWith("Reader record field")) {
      throw new SchemaGateException("Avro could not compare the schemas: " + e.getMessage(), e);
    }
    AvroSite site = new AvroLocator(reader, writer).ambiguousField();
    AvroDocument newDocument = AvroDocument.of(pair.newSchema().text());
    String path = newDocument.pointer(pair.readerIsNew() ? site.readerTokens() : site.writerTokens());
    return Finding.of(Rule.AMBIGUOUS_FIELD_ALIAS, path, AvroSentences.ambiguousAlias(site, pair));
  }
}
