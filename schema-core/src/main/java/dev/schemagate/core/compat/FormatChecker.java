package dev.schemagate.core.compat;

import dev.schemagate.core.schema.SchemaType;
import java.util.List;

/** Decides, for one schema language, whether a reader can read what a writer writes. */
public interface FormatChecker {

  SchemaType type();

  /** Every reason {@code pair.reader()} cannot read what {@code pair.writer()} writes; empty if it can. */
  List<Finding> check(SchemaPair pair);

  /**
   * Whether {@code pair.reader()} can read all {@code pair.writer()} writes, without saying why not:
   * what a registration that succeeds and a plain check need. Differences the policy waives do not
   * count. A checker overrides this when the verdict alone is cheaper than {@link #check}.
   */
  default boolean compatible(SchemaPair pair) {
    return check(pair).stream().allMatch(Finding::waived);
  }
}
