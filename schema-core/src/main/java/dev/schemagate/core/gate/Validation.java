package dev.schemagate.core.gate;

import dev.schemagate.core.report.GateReport;
import dev.schemagate.core.report.Outcome;
import dev.schemagate.core.report.SubjectResult;
import java.util.List;

/** The validate goal's finding: which schema files parse and pass their language's rules. */
public final class Validation {
  private Validation() {}

  public static GateReport of(List<SubjectFile> files) {
    return new GateReport("validate", null, files.stream().map(Validation::of).toList());
  }

  private static SubjectResult of(SubjectFile file) {
    boolean valid = file.local().isValid();
    return new SubjectResult(file.subject(), file.displayPath(), file.local().file().type(), null, null, List.of(),
        valid ? Outcome.VALID : Outcome.INVALID, null, valid ? List.of() : CompatibilityGate.invalid(file));
  }
}
