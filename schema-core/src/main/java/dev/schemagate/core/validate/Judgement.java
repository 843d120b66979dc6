package dev.schemagate.core.validate;

/**
 * What a validator or decoder said of one instance. Only {@link #REJECTED} confirms that a reader
 * fails on it; {@link #UNKNOWN} (the validator could not finish) proves nothing either way.
 */
public enum Judgement {
  ACCEPTED,
  REJECTED,
  UNKNOWN
}
