package dev.schemagate.contract;

import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A contract is not met: an event misses its schema, captured events miss theirs, or a reader schema
 * cannot read a version. The message lists every problem at once, one line each with subject,
 * version and path; {@link #problems()} holds them for programs. No library exception is attached:
 * the sentences say all there is.
 */
public class ContractViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final transient List<ContractProblem> problems;

  protected ContractViolation(String message, List<ContractProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
    setStackTrace(withoutKitFrames(getStackTrace()));
  }

  public List<ContractProblem> problems() {
    return problems;
  }

  /** An event that does not conform to one version of its subject. */
  public static ContractViolation forEvent(String event, ContractSchema contract, String source, List<ContractProblem> problems) {
    StringBuilder text = new StringBuilder("The event (" + event + ") does not conform to \"" + contract.subject()
        + "\" version " + contract.version() + " from " + source + "; " + count(problems.size()) + ":");
    problems.forEach(problem -> text.append("\n  ").append(problem.describe()));
    return new ContractViolation(text.toString(), problems);
  }

  /** One captured event's problems, for {@link #forCapturedEvents}. */
  public record CapturedFailure(int position, String event, List<ContractProblem> problems) {
    public CapturedFailure {
      problems = List.copyOf(problems);
    }
  }

  /** Captured events of which some do not conform to their subjects. */
  public static ContractViolation forCapturedEvents(int captured, List<CapturedFailure> failures, String source) {
    List<ContractProblem> all = new ArrayList<>();
    failures.forEach(failure -> all.addAll(failure.problems()));
    StringBuilder text = new StringBuilder(failures.size() + " of " + captured + " captured events do not conform to their"
        + " contracts from " + source + "; " + count(all.size()) + ":");
    for (CapturedFailure failure : failures) {
      for (ContractProblem problem : failure.problems()) {
        text.append("\n  event ").append(failure.position()).append(" (").append(failure.event()).append("): ")
            .append(problem.describe());
      }
    }
    return new ContractViolation(text.toString(), all);
  }

  /** Nothing was captured: asserting on no events would prove nothing. */
  public static ContractViolation forNoCapturedEvents() {
    return new ContractViolation("No event was captured, so there is nothing to check; hand the CapturedEvents to the"
        + " producer (as its listener or Consumer) before it publishes.", List.of());
  }

  /** A reader schema that cannot read some versions of the subject. */
  public static ContractViolation forReader(String subject, String source, List<Incompatibility> incompatibilities) {
    List<ContractProblem> problems = new ArrayList<>();
    StringBuilder text = new StringBuilder("The reader schema cannot read every version of \"" + subject + "\" from " + source
        + "; " + count(incompatibilities.size()) + " (each line names the version it cannot read and points into the"
        + " reader schema; in the sentences the reader schema is the new one):");
    for (Incompatibility found : incompatibilities) {
      ContractProblem problem = new ContractProblem(subject, found.oldVersion(), found.path(),
          found.message() + " [" + found.rule() + "]");
      problems.add(problem);
      text.append("\n  ").append(problem.describe());
      found.witnessIfAny().ifPresent(witness -> text.append("\n    witness: ").append(witness));
    }
    return new ContractViolation(text.toString(), problems);
  }

  /** A reader schema that is not a valid schema at all. */
  public static ContractViolation forInvalidReader(String subject, String type, InvalidSchemaException invalid) {
    List<ContractProblem> problems = new ArrayList<>();
    StringBuilder text = new StringBuilder("The reader schema given for \"" + subject + "\" is not a valid " + type
        + " schema; " + count(invalid.problems().size()) + ":");
    for (SchemaProblem found : invalid.problems()) {
      problems.add(new ContractProblem(subject, 0, found.pointer(), found.message()));
      text.append("\n  ").append(found.location()).append(": ").append(found.message());
    }
    return new ContractViolation(text.toString(), problems);
  }

  /** A sample event of the contract that the consumer's type cannot take. */
  public static ContractViolation forUnreadableSample(ContractSchema contract, Class<?> type, String reason) {
    ContractProblem problem = new ContractProblem(contract.subject(), contract.version(), "", reason);
    return new ContractViolation("A sample of \"" + contract.subject() + "\" version " + contract.version()
        + " cannot be read as " + type.getName() + "; 1 problem:\n  " + problem.describe(), List.of(problem));
  }

  private static String count(int problems) {
    return problems == 1 ? "1 problem" : problems + " problems";
  }

  /** Starts the stack at the test's own line rather than inside the kit. */
  private static StackTraceElement[] withoutKitFrames(StackTraceElement[] stack) {
    Objects.requireNonNull(stack, "stack");
    int first = 0;
    while (first < stack.length && isKitFrame(stack[first])) {
      first++;
    }
    return first == stack.length ? stack : Arrays.copyOfRange(stack, first, stack.length);
  }

  private static boolean isKitFrame(StackTraceElement frame) {
    try {
      Class<?> type = Class.forName(frame.getClassName(), false, ContractViolation.class.getClassLoader());
      return type.getProtectionDomain().getCodeSource() != null
          && type.getProtectionDomain().getCodeSource().equals(ContractViolation.class.getProtectionDomain().getCodeSource());
    } catch (ClassNotFoundException | SecurityException | LinkageError unknown) {
      return false;
    }
  }
}
