package dev.schemagate.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Where a goal's parameters came from. Maven lets a value written in the plugin's configuration win
 * over a {@code -Dschemagate.*} user property, silently; this says so, and names the source of the
 * value a goal used.
 */
final class ParameterSources {
  private final MojoExecution execution;
  private final Properties userProperties;

  ParameterSources(MojoExecution execution, Properties userProperties) {
    this.execution = execution;
    this.userProperties = userProperties;
  }

  /** One warning per user property that the plugin's configuration overrides. */
  List<String> ignoredProperties() {
    List<String> warnings = new ArrayList<>();
    if (execution == null || execution.getMojoDescriptor() == null || execution.getMojoDescriptor().getParameters() == null) {
      return warnings;
    }
    for (Parameter parameter : execution.getMojoDescriptor().getParameters()) {
      property(parameter).ifPresent(property -> {
        String given = userProperties.getProperty(property);
        Optional<String> configured = configured(parameter.getName());
        if (given != null && configured.isPresent() && !configured.get().equals(given)) {
          warnings.add("-D" + property + "=" + given + " is ignored: the plugin's configuration sets <" + parameter.getName()
              + ">" + configured.get() + "</" + parameter.getName() + ">, and Maven lets the pom win over a user property."
              + " To choose it on the command line, write <" + parameter.getName() + ">${" + property + "}</"
              + parameter.getName() + "> with a default in <properties>.");
        }
      });
    }
    return warnings;
  }

  /** {@code from -Dschemagate.baseline} or {@code from the plugin's <baseline>}. */
  String of(String parameterName, String value) {
    String property = "schemagate." + parameterName;
    if (value != null && value.equals(userProperties.getProperty(property))) {
      return "from -D" + property;
    }
    return "from the plugin's <" + parameterName + ">";
  }

  private static Optional<String> property(Parameter parameter) {
    String expression = parameter.getExpression();
    if (expression == null || !expression.startsWith("${schemagate.") || !expression.endsWith("}")) {
      return Optional.empty();
    }
    return Optional.of(expression.substring(2, expression.length() - 1));
  }

  /** The value the pom writes for the parameter: empty when it writes none or only the property's expression. */
  private Optional<String> configured(String name) {
    Xpp3Dom configuration = execution.getConfiguration();
    Xpp3Dom child = configuration == null ? null : configuration.getChild(name);
    if (child == null) {
      return Optional.empty();
    }
    if (child.getChildCount() > 0) {
      List<String> entries = new ArrayList<>();
      for (Xpp3Dom entry : child.getChildren()) {
        entries.add(entry.getValue());
      }
      return Optional.of(String.join(",", entries));
    }
    String value = child.getValue();
    return value == null || value.startsWith("${") ? Optional.empty() : Optional.of(value);
  }
}
