package dev.schemagate.server.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a real PostgreSQL: a database of its own on the run's {@link PostgresServer},
 * injected as a {@link PostgresDatabase} parameter. Without PostgreSQL the class is skipped on a
 * developer's machine, with the reason, and fails under {@code CI=true}, where it must run.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    server();
  }

  /** The run's server; skips or fails (under CI=true) when PostgreSQL cannot be started. */
  public static PostgresServer server() {
    return PostgresServer.shared().orElseGet(() -> {
      String why = "PostgreSQL could not be started: " + PostgresServer.whyUnavailable();
      if ("true".equals(System.getenv("CI"))) {
        fail(why + "; CI=true needs the PostgreSQL tests to run (.ci/run installs Debian's postgresql package)");
      }
      Assumptions.abort(why + "; skipping the PostgreSQL tests (they fail instead under CI=true)");
      return null;
    });
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PostgresDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE).computeIfAbsent(PostgresDatabase.class,
        key -> new PostgresDatabase(server(), server().createDatabase()), PostgresDatabase.class);
  }
}
