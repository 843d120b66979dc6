package dev.schemagate.core.json;

import java.math.BigDecimal;

/**
 * One limit on a measure: {@code value}, exclusive or not, and the keyword and site that set it
 * ({@code site} is null when the limit comes from values rather than a keyword).
 */
record JsonBound(BigDecimal value, boolean exclusive, String keyword, JsonSite site) {

  /** The tighter of two lower bounds; either may be null. */
  static JsonBound tighterLower(JsonBound a, JsonBound b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    int order = a.value.compareTo(b.value);
    if (order != 0) {
      return order > 0 ? a : b;
    }
    return b.exclusive && !a.exclusive ? b : a;
  }

  /** The tighter of two upper bounds; either may be null. */
  static JsonBound tighterUpper(JsonBound a, JsonBound b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    int order = a.value.compareTo(b.value);
    if (order != 0) {
      return order < 0 ? a : b;
    }
    return b.exclusive && !a.exclusive ? b : a;
  }

  /** True when a value equal to {@code candidate} lies on the allowed side of this lower bound. */
  public boolean allowsAbove(BigDecimal candidate) {
    int order = candidate.compareTo(value);
    return order > 0 || (order == 0 && !exclusive);
  }

  /** True when a value equal to {@code candidate} lies on the allowed side of this upper bound. */
  public boolean allowsBelow(BigDecimal candidate) {
    int order = candidate.compareTo(value);
    return order < 0 || (order == 0 && !exclusive);
  }
}
