package dev.schemagate.contract;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs test classes written to fail (misconfigured, or with failing contracts) in a JUnit engine of
 * their own, so that a test can assert how they fail. Such classes carry {@link Fixture} and never
 * run in the normal build.
 */
final class Fixtures {
  private static final String ENABLED = "dev.schemagate.contract.fixtures";

  private Fixtures() {}

  /** Marks a class that only runs through {@link Fixtures#run}. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(OnlyThroughFixtures.class)
  @interface Fixture {}

  static final class OnlyThroughFixtures implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(ENABLED).isPresent()
          ? ConditionEvaluationResult.enabled("run as a fixture")
          : ConditionEvaluationResult.disabled("a fixture, run by the test that uses it");
    }
  }

  /** The failures of every test and container of the class, in the order they happened. */
  static List<Throwable> failures(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ENABLED, "true")
        .selectors(selectClass(fixture))
        .execute()
        .allEvents()
        .failed()
        .stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .toList();
  }

  /** The one failure of the class. */
  static Throwable failure(Class<?> fixture) {
    List<Throwable> failures = failures(fixture);
    if (failures.size() != 1) {
      throw new AssertionError("expected one failure of " + fixture.getSimpleName() + " but got " + failures);
    }
    return failures.get(0);
  }

  /** The number of tests of the class that passed. */
  static long successes(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ENABLED, "true")
        .selectors(selectClass(fixture))
        .execute()
        .testEvents()
        .succeeded()
        .count();
  }
}
