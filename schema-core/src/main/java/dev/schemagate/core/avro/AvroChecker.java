package dev.schemagate.core.avro;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
  /**
   * Most pairs of union branches compared unless configured: the widest union of the reader times
   * the widest of the writer (200 branches against 200). Avro compares such pairs one by one.
   */
  public static final long DEFAULT_UNION_PAIR_LIMIT = 40_000;
  /**
   * Most pairs of enum symbols compared unless configured: the largest enum of the reader times the
   * largest of the writer (5,000 symbols against 5,000). Avro compares such pairs one by one.
   */
  public static final long DEFAULT_ENUM_PAIR_LIMIT = 25_000_000;

  private final long unionPairLimit;
  private final long enumPairLimit;

  /** A checker with the default limits. */
  public AvroChecker() {
    this(DEFAULT_UNION_PAIR_LIMIT, DEFAULT_ENUM_PAIR_LIMIT);
  }

  /**
   * A checker that counts a pair whose unions or enums multiply past these limits as
   * {@link Rule#CHECK_LIMIT_REACHED} at once, instead of spending seconds on it.
   */
  public AvroChecker(long unionPairLimit, long enumPairLimit) {
    this.unionPairLimit = unionPairLimit;
    this.enumPairLimit = enumPairLimit;
  }

  @Override
  public SchemaType type() {
    return SchemaType.AVRO;
  }

  /**
   * Avro's verdict alone, within the same limits as {@link #check}: no location, sentence or
   * witness. A pair past a limit, or with an ambiguous alias, is incompatible.
   */
  @Override
  public boolean compatible(SchemaPair pair) {
    Schema reader = ((AvroSchema) pair.reader()).avro();
    Schema writer = ((AvroSchema) pair.writer()).avro();
    AvroMeasures.Measure ofReader = ((AvroSchema) pair.reader()).measure();
    AvroMeasures.Measure ofWriter = ((AvroSchema) pair.writer()).measure();
    if (ofReader.tooLarge() || ofWriter.tooLarge()) {
      return false;
    }
    if (reader == writer || sameSchema(pair)) {
      return true;
    }
    if (ofReader.work().widestUnion().size() * ofWriter.work().widestUnion().size() > unionPairLimit
        || ofReader.work().largestEnum().size() * ofWriter.work().largestEnum().size() > enumPairLimit) {
      return reader.equals(writer);
    }
    try {
      return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
          == SchemaCompatibilityType.COMPATIBLE;
    } catch (AvroRuntimeException e) {
      requireAmbiguousAlias(e);
      return false;
    }
  }

  @Override
  public List<Finding> check(SchemaPair pair) {
    Schema reader = ((AvroSchema) pair.reader()).avro();
    Schema writer = ((AvroSchema) pair.writer()).avro();
    if (((AvroSchema) pair.reader()).measure().tooLarge() || ((AvroSchema) pair.writer()).measure().tooLarge()) {
      return List.of(Finding.of(Rule.CHECK_LIMIT_REACHED, "", AvroSentences.tooLarge(pair)));
    }
    if (sameSchema(pair)) {
      return List.of(); // the same schema reads all it writes, however large
    }
    Finding tooWide = pairLimit(pair, reader, writer);
    if (tooWide != null) {
      return reader.equals(writer) ? List.of() : List.of(tooWide);
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

  /**
   * The same schema on both sides, by the fingerprints taken when parsing. Avro's {@code equals}
   * would walk both schemas whenever their hash codes agree, and they agree for schemas that differ
   * only in defaults (the common change) or whose hash codes were never computed; Avro's own check
   * decides those. Its {@code equals} is asked only where a limit would refuse the pair.
   */
  private static boolean sameSchema(SchemaPair pair) {
    return pair.reader() == pair.writer() || pair.reader().fingerprint().equals(pair.writer().fingerprint());
  }

  /** A {@link Rule#CHECK_LIMIT_REACHED} when the unions or enums of the two multiply past the limits; else null. */
  private Finding pairLimit(SchemaPair pair, Schema reader, Schema writer) {
    AvroWork readerWork = ((AvroSchema) pair.reader()).measure().work();
    AvroWork writerWork = ((AvroSchema) pair.writer()).measure().work();
    AvroWork newWork = pair.readerIsNew() ? readerWork : writerWork;
    AvroWork oldWork = pair.readerIsNew() ? writerWork : readerWork;
    if (readerWork.widestUnion().size() * writerWork.widestUnion().size() > unionPairLimit) {
      return limit(pair, "union", "branches", newWork.widestUnion(), oldWork.widestUnion(), unionPairLimit);
    }
    if (readerWork.largestEnum().size() * writerWork.largestEnum().size() > enumPairLimit) {
      return limit(pair, "enum", "symbols", newWork.largestEnum(), oldWork.largestEnum(), enumPairLimit);
    }
    return null;
  }

  private Finding limit(SchemaPair pair, String kind, String parts, AvroWork.Sized ofNew, AvroWork.Sized ofOld, long limit) {
    String path = document(pair.newSchema()).pointer(ofNew.tokens());
    return Finding.of(Rule.CHECK_LIMIT_REACHED, path, AvroSentences.tooWide(pair, kind, parts, ofNew.size(), ofOld.size(), limit));
  }

  private static AvroDocument document(ParsedSchema schema) {
    return ((AvroSchema) schema).document();
  }

  /** Avro's one exception that is an answer, a reader field whose name and aliases match several writer fields; else rethrown. */
  private static void requireAmbiguousAlias(AvroRuntimeException e) {
    if (e.getMessage() == null || !e.getMessage().startsWith("Reader record field")) {
      throw new SchemaGateException("Avro could not compare the schemas: " + e.getMessage(), e);
    }
  }

  private static Finding ambiguous(SchemaPair pair, Schema reader, Schema writer, AvroRuntimeException e) {
    requireAmbiguousAlias(e);
    AvroSite site = new AvroLocator(reader, writer).ambiguousField();
    AvroDocument newDocument = AvroDocument.of(pair.newSchema().text());
    String path = newDocument.pointer(pair.readerIsNew() ? site.readerTokens() : site.writerTokens());
    return Finding.of(Rule.AMBIGUOUS_FIELD_ALIAS, path, AvroSentences.ambiguousAlias(site, pair));
  }
}
