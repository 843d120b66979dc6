package dev.schemagate.core.compat;

/** Who can no longer read whom. */
public enum Direction {
  /** The new schema cannot read data written with an old version (a BACKWARD break). */
  NEW_CANNOT_READ_OLD,
  /** An old version cannot read data written with the new schema (a FORWARD break). */
  OLD_CANNOT_READ_NEW
}
