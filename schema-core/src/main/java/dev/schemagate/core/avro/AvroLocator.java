package dev.schemagate.core.avro;

import dev.schemagate.core.avro.AvroSite.FieldOnPath;
import dev.schemagate.core.avro.AvroSite.Hop;
import dev.schemagate.core.avro.AvroSite.Kind;
import dev.schemagate.core.avro.AvroSite.Step;
import dev.schemagate.core.schema.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Finds where an incompatibility Avro reported sits in both schemas.
 *
 * <p>Avro's location is a pointer built while it walks the reader, except that union branch
 * indexes are the writer's. It is followed step by step through both schemas; when it does not
 * lead to the schemas Avro names (Avro reuses results it computed for the same pair of schemas
 * elsewhere, with that place's location), the pair is searched for instead, walking as Avro walks.
 */
final class AvroLocator {
  private static final Set<String> TERMINALS = Set.of("name", "size", "symbols");

  private final Schema readerRoot;
  private final Schema writerRoot;
  private final boolean atTopLevel;

  AvroLocator(Schema readerRoot, Schema writerRoot) {
    this(readerRoot, writerRoot, true);
  }

  /** {@code atTopLevel} false: the roots are types inside other schemas, so their fields are named with their record. */
  AvroLocator(Schema readerRoot, Schema writerRoot, boolean atTopLevel) {
    this.readerRoot = readerRoot;
    this.writerRoot = writerRoot;
    this.atTopLevel = atTopLevel;
  }

  AvroSite locate(Incompatibility found) {
    List<Step> steps = parse(found.getLocation());
    AvroSite site = steps == null ? null : walk(steps);
    if (site != null && leadsTo(site, steps, found)) {
      return site;
    }
    List<Step> searched = search((r, w) -> r == found.getReaderFragment() && w == found.getWriterFragment());
    if (searched != null) {
      searched.addAll(lastSteps(found, steps));
      site = walk(searched);
      if (site != null) {
        return site;
      }
    }
    return walk(List.of());
  }

  /** The first reader field whose name and aliases match several writer fields, if any. */
  AvroSite ambiguousField() {
    List<Step> steps = search((r, w) -> r.getType() == Schema.Type.RECORD && w.getType() == Schema.Type.RECORD
        && ambiguousPosition(r, w) >= 0);
    if (steps == null) {
      return walk(List.of());
    }
    AvroSite record = walk(steps);
    steps.add(Step.field(ambiguousPosition(record.reader(), record.writer()), false));
    return walk(steps);
  }

  private static int ambiguousPosition(Schema reader, Schema writer) {
    for (Schema.Field field : reader.getFields()) {
      try {
        SchemaCompatibility.lookupWriterField(writer, field);
      } catch (AvroRuntimeException ambiguous) {
        return field.pos();
      }
    }
    return -1;
  }

  /** Avro's location as steps; null when it is not one Avro could have written. */
  static List<Step> parse(String location) {
    List<Step> steps = new ArrayList<>();
    String[] tokens = location.length() <= 1 ? new String[0] : location.substring(1).split("/", -1);
    for (int i = 0; i < tokens.length; i++) {
      String token = Pointers.unescape(tokens[i]);
      if (token.equals("fields") && i + 1 < tokens.length && isIndex(tokens[i + 1])) {
        int position = Integer.parseInt(tokens[++i]);
        boolean intoType = i + 1 < tokens.length && tokens[i + 1].equals("type");
        if (intoType) {
          i++;
        }
        steps.add(Step.field(position, intoType));
      } else if (token.equals("items")) {
        steps.add(Step.of(Kind.ITEMS));
      } else if (token.equals("values")) {
        steps.add(Step.of(Kind.VALUES));
      } else if (TERMINALS.contains(token)) {
        steps.add(Step.terminal(token));
      } else if (isIndex(token)) {
        steps.add(Step.branch(Kind.WRITER_BRANCH, Integer.parseInt(token)));
      } else {
        return null;
      }
    }
    return steps;
  }

  static boolean isIndex(String token) {
    return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
  }

  /** Follows the steps through both schemas; null when a step does not fit them. */
  AvroSite walk(List<Step> steps) {
    Schema reader = readerRoot;
    Schema writer = writerRoot;
    Schema readerPlace = reader;
    Schema writerPlace = writer;
    List<String> readerTokens = new ArrayList<>();
    List<String> writerTokens = new ArrayList<>();
    boolean writerEnded = false;
    FieldOnPath field = null;
    List<String> tail = new ArrayList<>();
    List<Hop> hops = new ArrayList<>();
    for (Step step : steps) {
      hops.add(new Hop(reader, writer, step));
      switch (step.kind()) {
        case FIELD -> {
          if (reader.getType() != Schema.Type.RECORD || writer.getType() != Schema.Type.RECORD
              || step.index() >= reader.getFields().size()) {
            return null;
          }
          Schema.Field readerField = reader.getFields().get(step.index());
          Schema.Field writerField = lookup(writer, readerField);
          field = new FieldOnPath(readerField, writerField, reader, writer, atTopLevel && field == null && tail.isEmpty());
          tail.clear();
          readerTokens.addAll(List.of("fields", Integer.toString(readerField.pos())));
          if (!writerEnded) {
            writerTokens.add("fields");
            if (writerField == null) {
              writerEnded = true;
            } else {
              writerTokens.add(Integer.toString(writerField.pos()));
            }
          }
          if (step.intoType()) {
            readerTokens.add("type");
            reader = readerField.schema();
            if (!writerEnded) {
              writerTokens.add("type");
              writer = writerField.schema();
            }
          }
        }
        case ITEMS, VALUES -> {
          Schema.Type type = step.kind() == Kind.ITEMS ? Schema.Type.ARRAY : Schema.Type.MAP;
          if (reader.getType() != type || writer.getType() != type) {
            return null;
          }
          String token = step.kind() == Kind.ITEMS ? "items" : "values";
          reader = type == Schema.Type.ARRAY ? reader.getElementType() : reader.getValueType();
          writer = type == Schema.Type.ARRAY ? writer.getElementType() : writer.getValueType();
          readerTokens.add(token);
          if (!writerEnded) {
            writerTokens.add(token);
          }
          tail.add(token);
        }
        case WRITER_BRANCH -> {
          if (writer.getType() != Schema.Type.UNION || step.index() >= writer.getTypes().size()) {
            return null;
          }
          writer = writer.getTypes().get(step.index());
          if (!writerEnded) {
            writerTokens.add(Integer.toString(step.index()));
          }
        }
        case READER_BRANCH -> {
          if (reader.getType() != Schema.Type.UNION || step.index() >= reader.getTypes().size()) {
            return null;
          }
          reader = reader.getTypes().get(step.index());
          readerTokens.add(Integer.toString(step.index()));
        }
        case TERMINAL -> {
          readerTokens.add(step.token());
          if (!writerEnded) {
            writerTokens.add(step.token());
          }
        }
      }
      if (step.kind() == Kind.FIELD || step.kind() == Kind.ITEMS || step.kind() == Kind.VALUES) {
        readerPlace = reader;
        writerPlace = writer;
      }
    }
    return new AvroSite(hops, reader, writer, readerPlace, writerPlace, readerTokens, writerTokens, field, tail);
  }

  static Schema.Field lookup(Schema writer, Schema.Field readerField) {
    try {
      return SchemaCompatibility.lookupWriterField(writer, readerField);
    } catch (AvroRuntimeException ambiguous) {
      return null;
    }
  }

  /** Whether the walked location ends at the schemas Avro names. */
  private static boolean leadsTo(AvroSite site, List<Step> steps, Incompatibility found) {
    Hop last = site.hops().isEmpty() ? null : site.hops().get(site.hops().size() - 1);
    return switch (found.getType()) {
      case READER_FIELD_MISSING_DEFAULT_VALUE -> last != null && last.step().kind() == Kind.FIELD
          && !last.step().intoType() && last.reader() == found.getReaderFragment()
          && last.writer() == found.getWriterFragment() && site.field().missingInWriter()
          && site.field().readerField().name().equals(found.getMessage());
      case MISSING_UNION_BRANCH -> last != null && last.step().kind() == Kind.WRITER_BRANCH
          && found.getWriterFragment().getType() == Schema.Type.UNION
          ? last.reader() == found.getReaderFragment() && last.writer() == found.getWriterFragment()
          : site.reader() == found.getReaderFragment() && site.writer() == found.getWriterFragment();
      default -> site.reader() == found.getReaderFragment() && site.writer() == found.getWriterFragment();
    };
  }

  /** The steps after the pair Avro names that lead to the exact place it means. */
  private List<Step> lastSteps(Incompatibility found, List<Step> avroSteps) {
    Schema reader = found.getReaderFragment();
    Schema writer = found.getWriterFragment();
    return switch (found.getType()) {
      case READER_FIELD_MISSING_DEFAULT_VALUE -> reader.getField(found.getMessage()) == null
          ? List.of() : List.of(Step.field(reader.getField(found.getMessage()).pos(), false));
      case NAME_MISMATCH -> List.of(Step.terminal("name"));
      case FIXED_SIZE_MISMATCH -> List.of(Step.terminal("size"));
      case MISSING_ENUM_SYMBOLS -> List.of(Step.terminal("symbols"));
      case MISSING_UNION_BRANCH -> reader.getType() == Schema.Type.UNION && writer.getType() == Schema.Type.UNION
          ? List.of(Step.branch(Kind.WRITER_BRANCH, missingBranch(reader, writer, avroSteps))) : List.of();
      case TYPE_MISMATCH -> List.of();
    };
  }

  private static int missingBranch(Schema readerUnion, Schema writerUnion, List<Step> avroSteps) {
    if (avroSteps != null && !avroSteps.isEmpty()) {
      Step last = avroSteps.get(avroSteps.size() - 1);
      if (last.kind() == Kind.WRITER_BRANCH && last.index() < writerUnion.getTypes().size()) {
        return last.index();
      }
    }
    for (int i = 0; i < writerUnion.getTypes().size(); i++) {
      if (SchemaCompatibility.checkReaderWriterCompatibility(readerUnion, writerUnion.getTypes().get(i)).getType()
          == SchemaCompatibility.SchemaCompatibilityType.INCOMPATIBLE) {
        return i;
      }
    }
    return 0;
  }

  private List<Step> search(BiPredicate<Schema, Schema> target) {
    return new AvroPairSearch(target).from(readerRoot, writerRoot);
  }
}
