package dev.schemagate.server.registry;

/**
 * Which version of a subject a path names: a number from 1, or the latest ({@code latest} or
 * {@code -1}).
 */
public record VersionSelector(int number) {
  public static final VersionSelector LATEST = new VersionSelector(-1);

  public boolean isLatest() {
    return number == -1;
  }

  /** Reads a version as the Confluent API writes it; anything else is an invalid version (42202). */
  public static VersionSelector parse(String text) {
    String value = text == null ? "" : text.trim();
    if (value.equalsIgnoreCase("latest") || value.equals("-1")) {
      return LATEST;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= 1) {
        return new VersionSelector(number);
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new RegistryException(
        ErrorCode.INVALID_VERSION,
        "The specified version '" + text + "' is not a valid version id. Allowed values are between [1, 2^31-1]"
            + " and the string \"latest\"");
  }

  @Override
  public String toString() {
    return isLatest() ? "latest" : Integer.toString(number);
  }
}
