package dev.schemagate.core.internal;

/**
 * Failures that only a bug explains, in places that answer cautiously instead (a validator or a
 * generator that throws). In use the caller's cautious answer stands; SchemaGate's own build sets
 * {@value #PROPERTY}, so that its tests fail on the bug instead of passing over it.
 */
public final class Unexpected {
  public static final String PROPERTY = "schemagate.failOnUnexpected";

  private Unexpected() {}

  /** Records {@code failure} of {@code what}: throws it wrapped in an AssertionError when the property is set. */
  public static void seen(String what, RuntimeException failure) {
    if (Boolean.getBoolean(PROPERTY)) {
      throw new AssertionError(what + " failed unexpectedly: " + failure, failure);
    }
  }
}
