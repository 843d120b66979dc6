package dev.schemagate.core.avro;

import dev.schemagate.core.internal.Quotes;
import static dev.schemagate.core.avro.AvroWords.capitalize;
import static dev.schemagate.core.internal.Quotes.quote;
import static dev.schemagate.core.avro.AvroWords.type;

import dev.schemagate.core.compat.SchemaPair;
import java.util.List;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * One sentence per Avro incompatibility: what changed from the old version to the new schema, who
 * can no longer read what, and the fix. BACKWARD sentences (the new schema reads old events) say
 * "events written with version N cannot be read"; FORWARD ones (version N reads new events)
 * "version N cannot read new events".
 */
final class AvroSentences {
  private static final String ENUM_DEFAULT_NOTE = " (the default of its enum does not count)";

  /** A sentence in three parts, so that one can explain another: "change, consequence; fix." */
  record Parts(String change, String consequence, String fix) {
    String sentence() {
      return change + ", " + consequence + "; " + fix + ".";
    }
  }

  private final boolean backward;
  private final String old;

  private AvroSentences(SchemaPair pair) {
    this.backward = pair.readerIsNew();
    this.old = pair.oldLabel();
  }

  static String of(Incompatibility found, AvroSite site, SchemaPair pair) {
    return new AvroSentences(pair).parts(found.getType(), site).sentence();
  }

  static String ambiguousAlias(AvroSite site, SchemaPair pair) {
    String field = capitalize(AvroWords.field(site.field(), true));
    String old = pair.oldLabel();
    return pair.readerIsNew()
        ? field + " matches several fields of " + old + " by its name and aliases, so Avro cannot tell which one to"
            + " read; remove the alias that names another field."
        : field + " of " + old + " matches several fields of the new schema by its name and aliases, so " + old
            + " cannot tell which one to read; rename the new field its alias names.";
  }

  static String tooLarge(SchemaPair pair) {
    return "The schemas are too large to compare within SchemaGate's limits: written out with every use of a named"
        + " type in full, one of them has more than " + AvroExpansion.LIMIT + " types, so compatibility with "
        + pair.oldLabel() + " could not be proved and counts as a break; use shared record types in fewer nested places.";
  }

  static String tooWide(SchemaPair pair, String kind, String parts, long newSize, long oldSize, long limit) {
    return String.format(java.util.Locale.ROOT, "The schemas are too large to compare within SchemaGate's limits: the"
        + " largest %s of the new schema has %,d %s and that of %s has %,d, more than the %,d pairs of %s the check"
        + " compares, so compatibility could not be proved and counts as a break; split the %s into smaller ones.",
        kind, newSize, parts, pair.oldLabel(), oldSize, limit, parts, kind);
  }

  private Parts parts(SchemaIncompatibilityType type, AvroSite site) {
    return switch (type) {
      case READER_FIELD_MISSING_DEFAULT_VALUE -> missingDefault(site, "");
      case TYPE_MISMATCH -> site.field() != null && site.field().missingInWriter()
          ? missingDefault(site, ENUM_DEFAULT_NOTE) : typeMismatch(site);
      case MISSING_UNION_BRANCH -> unionBranch(site);
      case MISSING_ENUM_SYMBOLS -> enumSymbols(site);
      case NAME_MISMATCH -> nameMismatch(site);
      case FIXED_SIZE_MISMATCH -> fixedSize(site);
    };
  }

  /** The consequence; {@code which} narrows the events, e.g. " that hold one". */
  private String cannotRead(String which) {
    return backward ? "so events written with " + old + which + " cannot be read" : "so " + old + " cannot read new events" + which;
  }

  private Parts missingDefault(AvroSite site, String note) {
    String field = capitalize(AvroWords.field(site.field(), backward));
    return backward
        ? new Parts(field + " is new and has no default" + note, cannotRead(""), "add a default")
        : new Parts(field + " was removed, but " + old + " reads it and has no default for it" + note,
            cannotRead(""), "keep the field or give it a default in " + old + " first");
  }

  private Parts typeMismatch(AvroSite site) {
    String place = capitalize(AvroWords.place(site, backward));
    Schema reader = site.readerPlace();
    Schema writer = site.writer();
    if (site.endsInWriterBranch()) {
      return backward
          ? new Parts(place + " changed type from " + type(site.writerPlace()) + " to " + type(reader)
              + ", which cannot read the " + type(writer) + " values " + old + " may write",
              cannotRead(" that hold one"), "keep a union branch for " + type(writer))
          : new Parts(place + " changed type from " + type(reader) + " to " + type(site.writerPlace()) + ", and " + old
              + " cannot read its " + type(writer) + " values",
              cannotRead(" that hold one"), "keep " + type(reader) + " or add only types " + old + " can read");
    }
    return backward
        ? new Parts(place + " changed type from " + type(writer) + " to " + type(reader) + ", which Avro cannot convert",
            cannotRead(""), keepOr(writer, AvroAimedValues.promotionsFrom(writer.getType())))
        : new Parts(place + " changed type from " + type(reader) + " to " + type(writer) + ", which " + old
            + " cannot convert", cannotRead(""), keepOr(reader, AvroAimedValues.promotionsTo(reader.getType())));
  }

  private Parts unionBranch(AvroSite site) {
    String place = capitalize(AvroWords.place(site, backward));
    Schema reader = site.reader();
    Schema writer = site.writer();
    Schema sameBranch = reader.getType() == Schema.Type.UNION ? AvroAimedValues.branchFor(reader, writer) : null;
    if (sameBranch != null) {
      Parts reason = nestedReason(sameBranch, writer);
      if (reason != null) {
        String union = site.field() == null && site.tail().isEmpty() ? "In the union" : "In the union of "
            + AvroWords.place(site, backward);
        return new Parts(union + ", " + lowerFirst(reason.change()), reason.consequence(), reason.fix());
      }
    }
    if (site.endsInWriterBranch()) {
      return backward
          ? new Parts(place + " no longer has a union branch that can read the " + type(writer) + " values " + old
              + " may write", cannotRead(" that hold one"), "add a branch that reads them")
          : new Parts(place + " has the union branch " + type(writer) + ", which no branch of " + old
              + "'s union can read", cannotRead(" that hold one"),
              "remove the branch or add one that reads it to " + old + " first");
    }
    return backward
        ? new Parts(place + " changed type from " + type(writer) + " to " + type(reader)
            + ", which has no branch that can read " + type(writer), cannotRead(""), "add a branch that reads it")
        : new Parts(place + " changed type from " + type(reader) + " to " + type(writer) + ", which no branch of " + old
            + "'s union can read", cannotRead(""), "use a type one of those branches can read");
  }

  /** Why a reader's union branch that matches the writer's value by name or type still cannot read it. */
  private Parts nestedReason(Schema readerBranch, Schema writerBranch) {
    List<Incompatibility> nested = SchemaCompatibility.checkReaderWriterCompatibility(readerBranch, writerBranch)
        .getResult().getIncompatibilities();
    if (nested.isEmpty()) {
      return null;
    }
    AvroSite site = new AvroLocator(readerBranch, writerBranch, false).locate(nested.get(0));
    return parts(nested.get(0).getType(), site);
  }

  private Parts enumSymbols(AvroSite site) {
    TreeSet<String> missing = new TreeSet<>(site.writer().getEnumSymbols());
    missing.removeAll(site.reader().getEnumSymbols());
    List<String> quoted = missing.stream().map(Quotes::quote).toList();
    String symbols = (missing.size() == 1 ? "symbol " : "symbols ") + AvroWords.list(quoted);
    String them = missing.size() == 1 ? "it" : "them";
    Schema newEnum = backward ? site.reader() : site.writer();
    return backward
        ? new Parts("Enum " + quote(newEnum.getFullName()) + " no longer has the " + symbols + ", which " + old + " may write",
            cannotRead(" that hold " + them), "keep " + them + " or give the enum a default")
        : new Parts("Enum " + quote(newEnum.getFullName()) + " has the new " + symbols + ", which " + old
            + " lacks and has no enum default for", cannotRead(" that hold " + them),
            "remove " + them + " or give the enum a default in " + old + " first");
  }

  private Parts nameMismatch(AvroSite site) {
    String newName = quote((backward ? site.reader() : site.writer()).getFullName());
    String oldName = quote((backward ? site.writer() : site.reader()).getFullName());
    String kind = capitalize(AvroWords.kind(site.reader()));
    return backward
        ? new Parts(kind + " " + newName + " was named " + oldName + " in " + old + " and has no alias for that name",
            cannotRead(""), "keep the name or add " + oldName + " to its aliases")
        : new Parts(kind + " " + newName + " was named " + oldName + " in " + old + ", which has no alias for the new name",
            cannotRead(""), "keep the name " + oldName);
  }

  private Parts fixedSize(AvroSite site) {
    Schema newFixed = backward ? site.reader() : site.writer();
    Schema oldFixed = backward ? site.writer() : site.reader();
    return new Parts("Fixed " + quote(newFixed.getFullName()) + " changed size from " + oldFixed.getFixedSize() + " to "
        + newFixed.getFixedSize() + " bytes", cannotRead(""), "keep the size " + oldFixed.getFixedSize());
  }

  /** {@code keep "int" or change it to "long", "float" or "double"}: the old type or one Avro promotes between. */
  private static String keepOr(Schema kept, java.util.Set<Schema.Type> alternatives) {
    List<String> names = alternatives.stream().sorted().map(t -> quote(t.getName())).toList();
    return "keep " + type(kept) + (names.isEmpty() ? "" : " or change it to " + AvroWords.list(names, "or"));
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
