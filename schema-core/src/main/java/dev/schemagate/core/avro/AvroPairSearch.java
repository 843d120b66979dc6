package dev.schemagate.core.avro;

import dev.schemagate.core.WorkInterruptedException;
import dev.schemagate.core.avro.AvroSite.Kind;
import dev.schemagate.core.avro.AvroSite.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.avro.Schema;

/**
 * Walks a reader and a writer schema together in the order Avro's {@code SchemaCompatibility} visits
 * pairs of schemas (fields by name and alias, items, values, each branch of a writer's union, each
 * branch of a reader's union), looking for the first pair a predicate accepts. Each pair is visited
 * once, so recursive schemas end.
 */
final class AvroPairSearch {
  private final BiPredicate<Schema, Schema> target;
  private final Map<Schema, Set<Schema>> seen = new IdentityHashMap<>();

  AvroPairSearch(BiPredicate<Schema, Schema> target) {
    this.target = target;
  }

  /** The steps from the roots to the first pair {@code target} accepts, or null. */
  List<Step> from(Schema reader, Schema writer) {
    return visit(reader, writer, new ArrayList<>());
  }

  private List<Step> visit(Schema reader, Schema writer, List<Step> path) {
    WorkInterruptedException.checkpoint();
    if (target.test(reader, writer)) {
      return new ArrayList<>(path);
    }
    if (!seen.computeIfAbsent(reader, r -> Collections.newSetFromMap(new IdentityHashMap<>())).add(writer)) {
      return null;
    }
    List<Step> found = null;
    if (reader.getType() == writer.getType()) {
      switch (reader.getType()) {
        case ARRAY -> found = into(reader.getElementType(), writer.getElementType(), Step.of(Kind.ITEMS), path);
        case MAP -> found = into(reader.getValueType(), writer.getValueType(), Step.of(Kind.VALUES), path);
        case RECORD -> {
          for (Schema.Field readerField : reader.getFields()) {
            Schema.Field writerField = AvroLocator.lookup(writer, readerField);
            boolean enumDefaultOnly = writerField == null && !readerField.hasDefaultValue()
                && readerField.schema().getType() == Schema.Type.ENUM && readerField.schema().getEnumDefault() != null;
            if (writerField != null || enumDefaultOnly) {
              Schema next = writerField != null ? writerField.schema() : writer;
              found = into(readerField.schema(), next, Step.field(readerField.pos(), true), path);
            }
            if (found != null) {
              break;
            }
          }
        }
        case UNION -> found = branches(reader, writer, path);
        default -> { }
      }
    } else if (writer.getType() == Schema.Type.UNION) {
      found = branches(reader, writer, path);
    } else if (reader.getType() == Schema.Type.UNION) {
      for (int i = 0; i < reader.getTypes().size() && found == null; i++) {
        found = into(reader.getTypes().get(i), writer, Step.branch(Kind.READER_BRANCH, i), path);
      }
    }
    return found;
  }

  private List<Step> branches(Schema reader, Schema writer, List<Step> path) {
    for (int i = 0; i < writer.getTypes().size(); i++) {
      List<Step> found = into(reader, writer.getTypes().get(i), Step.branch(Kind.WRITER_BRANCH, i), path);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private List<Step> into(Schema reader, Schema writer, Step step, List<Step> path) {
    path.add(step);
    List<Step> found = visit(reader, writer, path);
    path.remove(path.size() - 1);
    return found;
  }
}
