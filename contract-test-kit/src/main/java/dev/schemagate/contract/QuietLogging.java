package dev.schemagate.contract;

import java.io.IOException;

/**
 * Keeps a user's test output free of SLF4J's "No SLF4J providers were found" warning. The Avro and
 * JSON Schema libraries below the kit log through SLF4J; a test class path without a provider has
 * nothing to say about that, so in that case only the kit turns SLF4J's own reports down to errors.
 * A project with a provider (Logback, slf4j-simple, ...) or its own SLF4J settings is left alone.
 */
final class QuietLogging {
  static final String VERBOSITY = "slf4j.internal.verbosity";
  private static final String PROVIDERS = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";

  private QuietLogging() {}

  static void whenNoProviderIsPresent() {
    if (System.getProperty(VERBOSITY) != null || System.getProperty("slf4j.provider") != null) {
      return;
    }
    try {
      ClassLoader loader = QuietLogging.class.getClassLoader();
      if (loader != null && loader.getResources(PROVIDERS).hasMoreElements()) {
        return;
      }
    } catch (IOException cannotTell) {
      return;
    }
    System.setProperty(VERBOSITY, "ERROR");
  }
}
