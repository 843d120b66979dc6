package dev.schemagate.core.json;

import java.util.Arrays;

/**
 * A key for the maps and sets one check remembers pairs in: its parts compared by equality, its
 * hash computed once. A key is looked up in every enclosing probe's set and in the answers many
 * times over, and the parts (views listing the schemas they gather and exclude) are costly to hash.
 */
final class MemoKey {
  private final Object[] parts;
  private final int hash;

  private MemoKey(Object[] parts) {
    this.parts = parts;
    this.hash = Arrays.hashCode(parts);
  }

  static MemoKey of(Object... parts) {
    return new MemoKey(parts);
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof MemoKey key && key.hash == hash && Arrays.equals(key.parts, parts);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return Arrays.toString(parts);
  }
}
