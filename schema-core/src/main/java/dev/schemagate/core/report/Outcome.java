package dev.schemagate.core.report;

/** What became of one subject in one goal. */
public enum Outcome {
  /** validate: the schema parses and passes its language's rules. */
  VALID(false),
  /** check: compatible with every version its level compares with. */
  COMPATIBLE(false),
  /** check: nothing to compare with yet. */
  NEW(false),
  /** check: the subject's level is NONE. */
  NOT_CHECKED(false),
  /** register: a new version was registered. */
  REGISTERED(false),
  /** register: the subject already has this schema. */
  UNCHANGED(false),
  /** register with dryRun: would be registered. */
  WOULD_REGISTER(false),
  /** The schema cannot be parsed. */
  INVALID(true),
  /** check: an earlier version the level compares with cannot be parsed, so nothing was compared. */
  HISTORY_INVALID(true),
  /** The schema breaks readers or writers of earlier versions. */
  INCOMPATIBLE(true),
  /** register: the registry refused the schema. */
  REFUSED(true);

  private final boolean failure;

  Outcome(boolean failure) {
    this.failure = failure;
  }

  public boolean isFailure() {
    return failure;
  }
}
