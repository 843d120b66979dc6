package dev.schemagate.core.client;

import java.util.List;

/**
 * The registry's answer to "may this schema become the next version?".
 *
 * @param messages the registry's reasons, when asked verbosely and it is incompatible; else empty
 */
public record CompatibilityResult(boolean isCompatible, List<String> messages) {
  public CompatibilityResult {
    messages = List.copyOf(messages);
  }
}
