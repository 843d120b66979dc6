package dev.schemagate.core.compat;

import dev.schemagate.core.schema.SchemaType;
import java.util.List;

/** Decides, for one schema language, whether a reader can read what a writer writes. */
public interface FormatChecker {

  SchemaType type();

  /** Every reason {@code pair.reader()} cannot read what {@code pair.writer()} writes; empty if it can. */
  List<Finding> check(SchemaPair pair);
}
