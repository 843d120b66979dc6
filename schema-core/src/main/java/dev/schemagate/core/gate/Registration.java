package dev.schemagate.core.gate;

import dev.schemagate.core.catalog.LocalReference;
import dev.schemagate.core.catalog.LocalSchema;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import dev.schemagate.core.client.SubjectVersion;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.report.ConsoleReport;
import dev.schemagate.core.report.GateReport;
import dev.schemagate.core.report.Outcome;
import dev.schemagate.core.report.Problem;
import dev.schemagate.core.report.SubjectResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register goal: checks every schema against the registry first and registers nothing if any
 * fails; then registers each schema after the schemas it uses, with references to the versions they
 * got. A schema the subject already has is left as it is.
 */
public final class Registration {
  private final RegistryClient registry;
  private final CompatibilityGate gate;
  private final boolean dryRun;

  public Registration(RegistryClient registry, CompatibilityGate gate, boolean dryRun) {
    this.registry = registry;
    this.gate = gate;
    this.dryRun = dryRun;
  }

  public GateReport register(List<SubjectFile> files) {
    List<SubjectFile> ordered = dependencyOrder(files);
    List<SubjectResult> checked = ordered.stream().map(gate::check).toList();
    String against = gate.history().describe();
    if (checked.stream().anyMatch(result -> result.outcome().isFailure())) {
      return new GateReport("register", against, checked);
    }
    Map<String, String> subjectOfPath = new HashMap<>();
    ordered.forEach(file -> subjectOfPath.put(file.local().file().path(), file.subject()));
    Map<String, Integer> versionOfPath = new HashMap<>();
    List<SubjectResult> results = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      results.add(register(ordered.get(i), checked.get(i), subjectOfPath, versionOfPath));
    }
    return new GateReport("register", against, results);
  }

  private SubjectResult register(
      SubjectFile file, SubjectResult checked, Map<String, String> subjectOfPath, Map<String, Integer> versionOfPath) {
    String path = file.local().file().path();
    List<SchemaReference> references = new ArrayList<>();
    for (LocalReference reference : file.local().references()) {
      Integer version = versionOfPath.get(reference.path());
      if (version == null) {
        return checked.then(Outcome.WOULD_REGISTER, "would be registered (dry run) after the schemas it uses" + after(checked), List.of());
      }
      references.add(new SchemaReference(reference.name(), subjectOfPath.get(reference.path()), version));
    }
    ParsedSchema schema = file.local().schema();
    Optional<SubjectVersion> existing = registry.lookup(file.subject(), schema.type(), schema.text(), references);
    if (existing.isPresent()) {
      versionOfPath.put(path, existing.get().version());
      return checked.then(Outcome.UNCHANGED,
          "already registered as version " + existing.get().version() + " (id " + existing.get().id() + "), nothing to do", List.of());
    }
    if (dryRun) {
      return checked.then(Outcome.WOULD_REGISTER, "would be registered as a new version (dry run)" + after(checked), List.of());
    }
    try {
      int id = registry.register(file.subject(), schema.type(), schema.text(), references);
      int version = registry.lookup(file.subject(), schema.type(), schema.text(), references).map(SubjectVersion::version).orElse(0);
      versionOfPath.put(path, version);
      return checked.then(Outcome.REGISTERED, "registered as version " + version + " (id " + id + ")" + after(checked), List.of());
    } catch (RegistryClientException e) {
      if (e.isIncompatible() || e.isInvalidSchema()) {
        return checked.then(Outcome.REFUSED, "refused by the registry", List.of(Problem.ofFile(file.displayPath(), e.getMessage()).locatedIn(file.local().file().text())));
      }
      throw e;
    }
  }

  private static String after(SubjectResult checked) {
    return switch (checked.outcome()) {
      case COMPATIBLE, NOT_CHECKED -> ", " + ConsoleReport.summary(checked);
      case NEW -> ", the subject's first version";
      default -> "";
    };
  }

  private static List<SubjectFile> dependencyOrder(List<SubjectFile> files) {
    Map<LocalSchema, SubjectFile> byLocal = new IdentityHashMap<>();
    files.forEach(file -> byLocal.put(file.local(), file));
    return SchemaCatalog.dependencyOrder(files.stream().map(SubjectFile::local).toList()).stream().map(byLocal::get).toList();
  }
}
