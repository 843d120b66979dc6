package dev.schemagate.core.compat;

/**
 * Bounds the work spent building and confirming witnesses during one check, so that a check against
 * a thousand versions stays fast. Not thread-safe: one budget per check.
 */
public final class WitnessBudget {
  /** Witness attempts allowed in one check unless configured otherwise. */
  public static final int DEFAULT_ATTEMPTS = 64;

  private int remaining;

  public WitnessBudget(int attempts) {
    this.remaining = Math.max(0, attempts);
  }

  public static WitnessBudget none() {
    return new WitnessBudget(0);
  }

  /** Takes one attempt from the budget; false when none are left. */
  public boolean tryAcquire() {
    if (remaining == 0) {
      return false;
    }
    remaining--;
    return true;
  }

  public int remaining() {
    return remaining;
  }
}
