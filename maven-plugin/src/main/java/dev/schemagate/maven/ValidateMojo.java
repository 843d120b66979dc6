package dev.schemagate.maven;

import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.gate.SubjectFile;
import dev.schemagate.core.gate.Validation;
import dev.schemagate.core.report.GateReport;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks that every schema file parses and passes its language's rules (the JSON Schema meta-schema,
 * Avro's own parser), with references between local files resolved. Lists every problem of every
 * file, then fails once.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractLocalSchemasMojo {

  @Override
  protected String goal() {
    return "validate";
  }

  @Override
  protected GateReport report(SchemaCatalog catalog, List<SubjectFile> files) {
    announce("Validating", files, "");
    return Validation.of(files);
  }
}
