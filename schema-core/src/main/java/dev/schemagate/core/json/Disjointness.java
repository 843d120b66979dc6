package dev.schemagate.core.json;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Proofs that no instance meets two schemas, for {@code oneOf} and {@code not}: no JSON type in
 * common, listed values the other rejects, a oneOf alternative the writer ruled out, or an object
 * property both require whose schemas are themselves disjoint (a discriminator). Anything else is
 * not proved, which the callers treat as a possible overlap.
 */
final class Disjointness {
  private static final int DEPTH = 3;

  private Disjointness() {}

  static boolean proved(JsonComparison c, JsonSite schema, JsonView writer, InstancePath path, Sink out) {
    return c.proof(MemoKey.of("disjoint", schema, writer.key()), out, trial -> proved(c, JsonView.of(schema), writer, path, trial, 0));
  }

  private static boolean proved(JsonComparison c, JsonView a, JsonView b, InstancePath path, Sink out, int depth) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    EnumSet<JsonKind> shared = a.kinds();
    shared.retainAll(b.kinds());
    if (shared.isEmpty()) {
      return true;
    }
    if (a.values() != null && b.values() != null) {
      return JsonValues.retain(a.values(), b.values()).stream().noneMatch(v -> a.admits(v) && b.admits(v));
    }
    if (a.values() != null && a.values().stream().noneMatch(b::admits)
        || b.values() != null && b.values().stream().noneMatch(a::admits)) {
      return true;
    }
    if (c.ruledOut(b, path, out)) {
      return true;
    }
    for (JsonSite ruledOut : b.excluded()) {
      if (c.provedWithin(ruledOut, a, path, out)) {
        return true;
      }
    }
    if (depth < DEPTH && shared.equals(EnumSet.of(JsonKind.OBJECT))) {
      Set<String> names = new LinkedHashSet<>(a.required());
      names.addAll(b.required());
      for (String name : names) {
        boolean inA = a.required().contains(name);
        boolean inB = b.required().contains(name);
        JsonView left = a.property(name);
        JsonView right = b.property(name);
        if (inA && right.isEmpty() || inB && left.isEmpty()
            || inA && inB && proved(c, left, right, path, out, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
