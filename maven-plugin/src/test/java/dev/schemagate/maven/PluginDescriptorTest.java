package dev.schemagate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated descriptor the help goal prints: each goal offers exactly the parameters it uses,
 * each with a description and a {@code schemagate.*} user property, and every goal has skip.
 */
class PluginDescriptorTest {
  private static final Set<String> LOCAL = Set.of("skip", "schemaDirectory", "subjectNaming", "subjectSuffix", "subjectMappings",
      "reportDirectory", "reportFormats");
  private static final Set<String> REGISTRY = Set.of("registryUrl", "serverId", "registryCaFile", "timeoutSeconds");
  private static final Set<String> LEVELS = Set.of("compatibility", "compatibilityLevels", "policy", "policies");

  private static final Map<String, Set<String>> EXPECTED = Map.of(
      "validate", LOCAL,
      "check", union(LOCAL, LEVELS, REGISTRY, Set.of("baseline")),
      "register", union(LOCAL, LEVELS, REGISTRY, Set.of("dryRun")),
      "download", union(REGISTRY, Set.of("skip", "subjects", "subjectPattern", "version", "outputDirectory")),
      "set-compatibility", union(REGISTRY, Set.of("skip", "compatibility", "policy", "subjects", "global")));

  private final Map<String, Element> mojos = mojos();

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new TreeSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return all;
  }

  private static Map<String, Element> mojos() {
    String help = "META-INF/maven/dev.schemagate/schemagate-maven-plugin/plugin-help.xml";
    try (InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream(help)) {
      assertThat(in).as("the generated " + help).isNotNull();
      NodeList found = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("mojo");
      Map<String, Element> mojos = new LinkedHashMap<>();
      for (int i = 0; i < found.getLength(); i++) {
        Element mojo = (Element) found.item(i);
        mojos.put(text(mojo, "goal"), mojo);
      }
      return mojos;
    } catch (Exception e) {
      throw new AssertionError("the help descriptor cannot be read", e);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
  }

  /** The parameters help lists: the editable ones. */
  private Set<String> parameters(String goal) {
    Set<String> names = new TreeSet<>();
    NodeList parameters = mojos.get(goal).getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      if (!"false".equals(text(parameter, "editable"))) {
        names.add(text(parameter, "name"));
      }
    }
    return names;
  }

  @Test
  void the_plugin_has_the_five_goals_and_help() {
    assertThat(mojos.keySet()).containsExactlyInAnyOrder("validate", "check", "register", "download", "set-compatibility", "help");
  }

  @Test
  void every_goal_offers_exactly_the_parameters_it_uses() {
    EXPECTED.forEach((goal, expected) -> assertThat(parameters(goal)).as(goal).isEqualTo(new TreeSet<>(expected)));
  }

  @Test
  void every_parameter_has_a_description_and_a_schemagate_property() {
    EXPECTED.forEach((goal, expected) -> {
      Element mojo = mojos.get(goal);
      Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
      NodeList parameters = mojo.getElementsByTagName("parameter");
      for (int i = 0; i < parameters.getLength(); i++) {
        Element parameter = (Element) parameters.item(i);
        String name = text(parameter, "name");
        if (expected.contains(name)) {
          assertThat(text(parameter, "description")).as(goal + " " + name).isNotBlank();
          assertThat(text(configuration, name)).as(goal + " " + name).isEqualTo("${schemagate." + name + "}");
        }
      }
    });
  }
}
